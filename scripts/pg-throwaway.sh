#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests: `start DIR PORT` prints a connection URL,
# `stop DIR` removes it. Runs as the postgres user (needs root), listens on loopback only.
set -euo pipefail
cmd=${1:?start|stop} dir=${2:?folder}
PGBIN=$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)
[ -x "$PGBIN/initdb" ] || PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
case "$cmd" in
  start)
    port=${3:?port}
    rm -rf "$dir" && mkdir -p "$dir" && chown postgres:postgres "$dir"
    cd /
    runuser -u postgres -- "$PGBIN/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    runuser -u postgres -- psql -h "$dir" -p "$port" -q -c "CREATE ROLE mingdeng LOGIN PASSWORD 'mingdeng-test'" >/dev/null
    runuser -u postgres -- createdb -h "$dir" -p "$port" -O mingdeng mingdeng
    echo "postgresql://mingdeng:mingdeng-test@127.0.0.1:$port/mingdeng"
    ;;
  stop)
    [ -d "$dir/data" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
esac
