#!/usr/bin/env bash
# A local PostgreSQL high-availability cluster on loopback, for drills and the failover test:
# 3 etcd members (the consensus store) and 3 PostgreSQL 15 nodes managed by Patroni, one
# synchronous replica (a commit is acknowledged only once it is on two nodes, so a promoted
# sync replica has every acknowledged write). Plain background processes, pid files and logs
# in DIR — no systemd. Everything runs as the `postgres` user (PostgreSQL refuses root).
#   bash scripts/ha/cluster.sh up DIR        start; the last line printed is the libpq URL
#   bash scripts/ha/cluster.sh status DIR    `patronictl list` and the URL
#   bash scripts/ha/cluster.sh leader DIR    the primary's node name and PostgreSQL port
#   bash scripts/ha/cluster.sh kill-leader DIR   kill -9 the primary's postmaster (a drill)
#   bash scripts/ha/cluster.sh down DIR      stop everything and remove DIR
# Ports: HA_PORT_BASE (default 18400) +1..3 etcd clients, +11..13 etcd peers,
# +21..23 Patroni REST, +31..33 PostgreSQL. Needs: patroni etcd-server etcd-client postgresql-15.
set -euo pipefail
cmd=${1:?up|down|status|leader|kill-leader} dir=${2:?folder}
BASE=${HA_PORT_BASE:-18400}
PGBIN=/usr/lib/postgresql/15/bin
NODES="1 2 3"
as_pg() { runuser -u postgres -- "$@"; }
need() {
  command -v patroni >/dev/null && command -v etcd >/dev/null && [ -x $PGBIN/initdb ] && return
  DEBIAN_FRONTEND=noninteractive apt-get -y -qq install patroni etcd-server etcd-client \
    postgresql-15 >/dev/null
}
# Patroni's REST answers /cluster with every member's role and state.
cluster_json() {
  local n
  for n in $NODES; do
    curl -sf --max-time 2 "http://127.0.0.1:$((BASE + 20 + n))/cluster" && return 0
  done
  return 1
}
leader() {  # prints "name port" of the running primary
  cluster_json | python3 -c '
import json, sys
for m in json.load(sys.stdin)["members"]:
    if m["role"] in ("leader", "master") and m["state"] == "running":
        print(m["name"], m["port"]); sys.exit(0)
sys.exit(1)'
}
url() {
  local hosts
  hosts=$(for n in $NODES; do printf '127.0.0.1:%s,' $((BASE + 30 + n)); done)
  echo "postgresql://mingdeng:$(cat "$dir/app.password")@${hosts%,}/mingdeng?target_session_attrs=read-write"
}
spawn() {  # pidfile log command…: a detached process as postgres, its own pid in pidfile
  local pidfile=$1 log=$2
  shift 2
  as_pg setsid sh -c 'cd /; echo $$ >"$0"; log=$1; shift; exec "$@" >>"$log" 2>&1' \
    "$pidfile" "$log" "$@" </dev/null >/dev/null 2>&1 &
  for _ in $(seq 50); do [ -s "$pidfile" ] && return; sleep 0.1; done
}
stop_pidfile() {  # pidfile: TERM, wait up to 30 s, then KILL
  local pid
  [ -f "$1" ] || return 0
  pid=$(cat "$1")
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

write_patroni_config() {  # node
  local n=$1 d="$dir/pg$1"
  cat >"$d/patroni.yml" <<YAML
scope: mingdeng
namespace: /mingdeng-ha/
name: pg$n
log: {level: INFO}
restapi:
  listen: 127.0.0.1:$((BASE + 20 + n))
  connect_address: 127.0.0.1:$((BASE + 20 + n))
etcd3:
  hosts: 127.0.0.1:$((BASE + 1)),127.0.0.1:$((BASE + 2)),127.0.0.1:$((BASE + 3))
bootstrap:
  dcs:
    # Leader key lives 10 s; Patroni loops every 2 s. master_start_timeout 0: when the
    # primary's PostgreSQL crashes, fail over to the sync replica instead of restarting it.
    ttl: 10
    loop_wait: 2
    retry_timeout: 4
    master_start_timeout: 0
    maximum_lag_on_failover: 1048576
    synchronous_mode: true
    synchronous_node_count: 1
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        wal_level: replica
        hot_standby: "on"
        wal_log_hints: "on"
        max_wal_senders: 10
        max_replication_slots: 10
        max_connections: 200
        shared_preload_libraries: pg_stat_statements
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
    - data-checksums
postgresql:
  listen: 127.0.0.1:$((BASE + 30 + n))
  connect_address: 127.0.0.1:$((BASE + 30 + n))
  data_dir: $d/data
  bin_dir: $PGBIN
  pgpass: $d/pgpass
  authentication:
    superuser: {username: postgres, password: "$(cat "$dir/superuser.password")"}
    replication: {username: replicator, password: "$(cat "$dir/replication.password")"}
    rewind: {username: rewinder, password: "$(cat "$dir/rewind.password")"}
  parameters:
    unix_socket_directories: $d
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 scram-sha-256
    - host all all 127.0.0.1/32 scram-sha-256
YAML
}

case "$cmd" in
  up)
    need
    [ -e "$dir/etcd1.pid" ] && { echo "$dir already holds a cluster; run down first" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    for f in superuser replication rewind app; do
      [ -s "$dir/$f.password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/$f.password"
    done
    chmod 600 "$dir"/*.password
    cluster="" && for n in $NODES; do cluster+="e$n=http://127.0.0.1:$((BASE + 10 + n)),"; done
    for n in $NODES; do mkdir -p "$dir/etcd$n" "$dir/pg$n"; done
    chown -R postgres:postgres "$dir"
    chmod 700 "$dir"/etcd? "$dir"/pg?
    for n in $NODES; do
      spawn "$dir/etcd$n.pid" "$dir/etcd$n.log" etcd --name "e$n" --data-dir "$dir/etcd$n" \
        --listen-client-urls "http://127.0.0.1:$((BASE + n))" \
        --advertise-client-urls "http://127.0.0.1:$((BASE + n))" \
        --listen-peer-urls "http://127.0.0.1:$((BASE + 10 + n))" \
        --initial-advertise-peer-urls "http://127.0.0.1:$((BASE + 10 + n))" \
        --initial-cluster "${cluster%,}" --initial-cluster-token mingdeng-ha \
        --initial-cluster-state new
    done
    # Wait for a healthy quorum.
    for _ in $(seq 100); do
      ETCDCTL_API=3 etcdctl --endpoints "127.0.0.1:$((BASE + 1))" endpoint health \
        >/dev/null 2>&1 && break
      sleep 0.2
    done
    for n in $NODES; do
      write_patroni_config "$n"
      chown postgres:postgres "$dir/pg$n/patroni.yml"
      spawn "$dir/patroni$n.pid" "$dir/patroni$n.log" patroni "$dir/pg$n/patroni.yml"
      # The first node bootstraps (initdb); the others clone from it once it leads.
      [ "$n" = 1 ] && for _ in $(seq 300); do leader >/dev/null 2>&1 && break; sleep 0.2; done
    done
    # Ready when there is a leader and a streaming synchronous replica.
    for _ in $(seq 600); do
      cluster_json 2>/dev/null | grep -q '"role": *"sync_standby"' && leader >/dev/null 2>&1 && break
      sleep 0.2
    done
    if ! cluster_json 2>/dev/null | grep -q '"role": *"sync_standby"' || ! leader >/dev/null; then
      echo "no primary with a synchronous replica after 2 minutes; logs in $dir:" >&2
      tail -n 5 "$dir"/patroni?.log >&2
      exit 1
    fi
    read -r name port < <(leader)
    sock="$dir/${name}"  # each node's Unix socket lives in its own folder
    as_pg psql -h "$sock" -p "$port" -q -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE mingdeng LOGIN PASSWORD '$(cat "$dir/app.password")'" \
      -c "CREATE DATABASE mingdeng OWNER mingdeng" >/dev/null
    as_pg psql -h "$sock" -p "$port" -d mingdeng -q \
      -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
    url
    ;;
  status)
    patronictl -c "$dir/pg1/patroni.yml" list 2>/dev/null || cluster_json
    url
    ;;
  leader)
    leader
    ;;
  kill-leader)
    read -r name port < <(leader)
    n=${name#pg}
    pid=$(head -1 "$dir/pg$n/data/postmaster.pid")
    # The postmaster and every backend at once, as a machine crash would leave them.
    kill -9 "$pid" $(pgrep -P "$pid") 2>/dev/null || true
    echo "$name $port $pid"
    ;;
  down)
    for n in $NODES; do stop_pidfile "$dir/patroni$n.pid" & done
    wait
    for n in $NODES; do  # a postmaster Patroni left behind (it was killed itself)
      [ -f "$dir/pg$n/data/postmaster.pid" ] &&
        as_pg $PGBIN/pg_ctl -D "$dir/pg$n/data" -m immediate stop >/dev/null 2>&1 || true
    done
    for n in $NODES; do stop_pidfile "$dir/etcd$n.pid"; done
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 up|down|status|leader|kill-leader DIR" >&2
    exit 2
    ;;
esac
