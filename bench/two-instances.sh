#!/usr/bin/env bash
# shellcheck disable=SC2046  # lists of /proc paths are split into arguments on purpose
# Two `mingdeng serve` instances behind nginx versus one, on one PostgreSQL, in the same run
# (issue 11). A throw-away PostgreSQL (scripts/pg-throwaway.sh) with the demo data; wrk drives
# bench/two-instances.lua (staff list reads, member reads, the portal home page, opinion
# submissions, status reads) first against instance A directly, then against nginx
# (upstream A + B, keepalive). For each phase: requests/s, p99, and the CPU time the servers,
# nginx and PostgreSQL spent (from /proc) per request — the inputs of the paper projection.
# On a 2-core machine two instances share the same cores: the ratio shows the cost of the
# extra hop and of sharing, not added capacity (see docs/BENCHMARKS.md).
# Usage: bash bench/two-instances.sh [seconds=15] [connections=64]
#        (MD_BIN=path/to/mingdeng or BUILD=build-d for another build; BENCH_PORT_BASE=18460)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15} CONNECTIONS=${2:-64}
BIN=$(realpath "${MD_BIN:-./${BUILD:-build}/mingdeng}")
P=${BENCH_PORT_BASE:-18460}
PG_PORT=$P A_PORT=$((P + 1)) B_PORT=$((P + 2)) NGINX_PORT=$((P + 3))
WORK=$(mktemp -d /tmp/mingdeng-two.XXXXXX)
chmod 755 "$WORK"
stop_all() {
  kill "$(cat "$WORK/a.pid" 2>/dev/null)" "$(cat "$WORK/b.pid" 2>/dev/null)" 2>/dev/null || true
  nginx -p "$WORK" -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
  sleep 0.3
  bash scripts/pg-throwaway.sh stop "$WORK/pg" || true
  rm -rf "$WORK"
}
trap stop_all EXIT
command -v wrk >/dev/null && command -v nginx >/dev/null ||
  DEBIAN_FRONTEND=noninteractive apt-get -y -qq install wrk nginx >/dev/null

URL=$(bash scripts/pg-throwaway.sh start "$WORK/pg" "$PG_PORT" | tail -1)
md() { "$BIN" --database "$URL" --data-dir "$WORK/data" "$@"; }
md demo >/dev/null
for s in opinions.public_per_ip_hour opinions.public_per_device_hour opinions.public_queue_max; do
  md setting "$s" 100000 >/dev/null
done
node tests/ha/drive.mjs sessions "$WORK" >"$WORK/sessions.sql"  # staff sessions (SQL)
psql "$URL" -q -At -v ON_ERROR_STOP=1 -f "$WORK/sessions.sql" >/dev/null
export CLERK MEMBER CATEGORIES TOWNS
CLERK=$(awk '$1 == "clerk" {print $2}' "$WORK/staff.tsv")
MEMBER=$(awk '$1 == "member" {print $2}' "$WORK/staff.tsv")

start() {  # name port: one instance
  "$BIN" --database "$URL" --data-dir "$WORK/data" serve --port "$2" --web-root '' \
    >"$WORK/$1.log" 2>&1 &
  echo $! >"$WORK/$1.pid"
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$2/readyz" >/dev/null && break; sleep 0.05; done
  kill -0 "$(cat "$WORK/$1.pid")" 2>/dev/null || { tail -5 "$WORK/$1.log" >&2; exit 1; }
}
start a "$A_PORT"
start b "$B_PORT"
cat >"$WORK/nginx.conf" <<NGX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  upstream mingdeng { server 127.0.0.1:$A_PORT; server 127.0.0.1:$B_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://mingdeng;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
NGX
nginx -p "$WORK" -c "$WORK/nginx.conf"
sleep 0.2
OPTIONS=$(curl -sf "http://127.0.0.1:$A_PORT/api/public/opinions/options")
pick() { node -e 'console.log(JSON.parse(process.argv[1])[process.argv[2]].join(","))' "$OPTIONS" "$1"; }
CATEGORIES=$(pick categories) TOWNS=$(pick towns)

# CPU seconds (user + system) of a process and its waited-for children; for PostgreSQL the
# postmaster (its children's time arrives in cutime/cstime when a backend exits) plus every
# live backend.
HZ=$(getconf CLK_TCK)
cpu_of() { awk -v hz="$HZ" '{s += $14 + $15 + $16 + $17} END {printf "%.3f", s / hz}' "$@" 2>/dev/null || echo 0; }
pg_cpu() {
  local pm
  pm=$(head -1 "$WORK/pg/data/postmaster.pid")
  cpu_of "/proc/$pm/stat" $(pgrep -P "$pm" | sed 's#.*#/proc/&/stat#')
}
server_cpu() { cpu_of $(for n in "$@"; do echo "/proc/$(cat "$WORK/$n.pid")/stat"; done); }
nginx_cpu() { cpu_of "/proc/$(cat "$WORK/nginx.pid")/stat" $(pgrep -P "$(cat "$WORK/nginx.pid")" | sed 's#.*#/proc/&/stat#'); }

phase() {  # label url servers…: one wrk run; prints a JSON line with CPU per request
  local label=$1 url=$2
  shift 2
  local s0 p0 n0 s1 p1 n1 out load
  wrk -t2 -c16 -d2s -s bench/two-instances.lua "$url" >/dev/null  # warm-up
  s0=$(server_cpu "$@") p0=$(pg_cpu) n0=$(nginx_cpu)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/two-instances.lua "$url" | tail -1)
  s1=$(server_cpu "$@") p1=$(pg_cpu) n1=$(nginx_cpu)
  load=$(cut -d' ' -f1 /proc/loadavg)
  node -e '
    const [label, out, s, p, n, load] = process.argv.slice(1);
    const r = JSON.parse(out);
    const us = (x) => Math.round(Number(x) * 1e6 / r.requests);
    console.log(JSON.stringify({ label, ...r, serverCpuUsPerRequest: us(s), postgresCpuUsPerRequest: us(p), nginxCpuUsPerRequest: us(n), loadAvg1: Number(load) }));
  ' "$label" "$out" "$(echo "$s1 - $s0" | bc)" "$(echo "$p1 - $p0" | bc)" "$(echo "$n1 - $n0" | bc)" "$load"
}
echo "uptime before: $(uptime)"
ONE=$(phase "one instance" "http://127.0.0.1:$A_PORT" a)
TWO=$(phase "two instances behind nginx" "http://127.0.0.1:$NGINX_PORT" a b)
echo "$ONE"
echo "$TWO"
echo "uptime after: $(uptime)"
node - "$ONE" "$TWO" "$DURATION" "$CONNECTIONS" <<'JS'
const [one, two] = process.argv.slice(2, 4).map((x) => JSON.parse(x));
const [d, c] = process.argv.slice(4);
console.log(`| mixed workload, wrk -t2 -c${c} -d${d}s | requests/s | p50 | p99 | server CPU/request | PostgreSQL CPU/request | nginx CPU/request | non-2xx | load (1 min) |`);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of [one, two]) {
  const bad = Object.entries(r.status).filter(([s]) => !s.startsWith('2')).map(([s, n]) => `${s}×${n}`).join(' ') || '0';
  console.log(`| ${r.label} | ${r.perSecond} | ${r.p50Ms} ms | ${r.p99Ms} ms | ${r.serverCpuUsPerRequest} µs | ${r.postgresCpuUsPerRequest} µs | ${r.nginxCpuUsPerRequest} µs | ${bad} | ${r.loadAvg1} |`);
}
console.log(`| ratio two / one | ${(two.perSecond / one.perSecond).toFixed(2)} | | ${(two.p99Ms / one.p99Ms).toFixed(2)} | | | | | |`);
JS
