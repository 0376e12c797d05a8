#!/usr/bin/env bash
# Benchmarks for docs/BENCHMARKS.md. Everything on loopback, bounded in time.
#  1. wrk -t1 -c64 against GET /api/auth/me (authenticated; reads session, user, roles,
#     settings and unread count from SQLite) with one event-loop thread and one worker,
#     and against nginx `return 200` (one worker process) in the same run: medians of 3.
#  2. Idle RSS of the server with the demo data, and after the load.
#  3. Start to ready: process spawn until /readyz answers 200, median of 5.
# Usage: bash bench/run.sh [seconds-per-wrk-run]   (needs build/mingdeng; installs wrk/nginx)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
WORK=$(mktemp -d /tmp/mingdeng-bench.XXXXXX)
APP_PORT=18181 NGINX_PORT=18182
source bench/lib.sh
for p in wrk nginx curl; do command -v $p >/dev/null || { apt-get install -y -qq wrk nginx curl >/dev/null; break; }; done
trap 'kill $(cat $WORK/server.pid 2>/dev/null) 2>/dev/null; stop_nginx; rm -rf $WORK' EXIT

BIN=./build/mingdeng
$BIN --database $WORK/md.db --data-dir $WORK demo >/dev/null

wait_ready() { for _ in $(seq 200); do curl -sf "http://127.0.0.1:$APP_PORT/readyz" >/dev/null && return 0; sleep 0.01; done; return 1; }
start_server() {
  $BIN --database $WORK/md.db --data-dir $WORK serve --port $APP_PORT --web-root web/dist \
    --workers ${WORKERS:-1} --io-threads 1 >$WORK/server.log 2>&1 &
  echo $! >$WORK/server.pid
}

# Start to ready (ms), five times.
ready_ms=()
for _ in 1 2 3 4 5; do
  t0=$(date +%s%N); start_server; wait_ready; t1=$(date +%s%N)
  ready_ms+=($(( (t1 - t0) / 1000000 )))
  kill -TERM "$(cat $WORK/server.pid)"; wait "$(cat $WORK/server.pid)" 2>/dev/null || true
done
start_server; wait_ready
PID=$(cat $WORK/server.pid)
sleep 1
rss_idle_kb=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)

# A signed-in session (the leader changes the initial password first).
J='Content-Type: application/json'
curl -s -c $WORK/c -H "$J" -d '{"username":"leader","password":"Mingdeng@2026"}' http://127.0.0.1:$APP_PORT/api/auth/login >/dev/null
CSRF=$(awk '/md_csrf/ {print $7}' $WORK/c)
curl -s -b $WORK/c -H "$J" -H "X-CSRF-Token: $CSRF" -d '{"oldPassword":"Mingdeng@2026","newPassword":"Bench#Lamp2026"}' \
  http://127.0.0.1:$APP_PORT/api/auth/password >/dev/null
SESSION=$(awk '/md_session/ {print $7}' $WORK/c)
curl -sf -b "md_session=$SESSION" http://127.0.0.1:$APP_PORT/api/auth/me | grep -q '"username":"leader"'

start_nginx

app_rps=() app_p99=() ngx_rps=() ngx_p99=()
for _ in 1 2 3; do
  read -r r p < <(run_wrk "http://127.0.0.1:$NGINX_PORT/"); ngx_rps+=("$r"); ngx_p99+=("$p")
  read -r r p < <(run_wrk "http://127.0.0.1:$APP_PORT/api/auth/me" "Cookie: md_session=$SESSION"); app_rps+=("$r"); app_p99+=("$p")
done
rss_after_kb=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)

A=$(median "${app_rps[@]}") N=$(median "${ngx_rps[@]}")
cat <<OUT
| measure | value |
|---|---|
| nginx \`return 200\` (1 worker), req/s, median of 3 | $N (p99 $(median "${ngx_p99[@]}") ms) |
| mingdeng GET /api/auth/me (1 io thread + 1 worker, SQLite), req/s, median of 3 | $A (p99 $(median "${app_p99[@]}") ms) |
| ratio mingdeng / nginx | $(awk -v a="$A" -v n="$N" 'BEGIN {printf "%.0f %%", 100*a/n}') |
| RSS idle with demo data | $((rss_idle_kb / 1024)) MB |
| RSS after the load | $((rss_after_kb / 1024)) MB |
| start to ready (median of 5) | $(median "${ready_ms[@]}") ms |
OUT
