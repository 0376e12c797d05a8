#!/usr/bin/env bash
# The registry at scale (issue 3): builds 100,000 people in 2,000 org units with
# md_bench_registry (in-process timings), then serves that database and compares
# GET /api/people (status filter + pinyin sort + count) with nginx `return 200` under wrk.
# Usage: bash bench/registry.sh [seconds-per-wrk-run]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
WORK=$(mktemp -d /tmp/mingdeng-registry.XXXXXX)
APP_PORT=18191 NGINX_PORT=18192
source bench/lib.sh
trap 'kill $(cat $WORK/server.pid 2>/dev/null) 2>/dev/null; stop_nginx; rm -rf $WORK' EXIT

./build/md_bench_registry "$WORK/data" | tee "$WORK/inproc.txt" | grep -v '^SESSION'
SESSION=$(awk '/^SESSION/ {print $2}' "$WORK/inproc.txt")

./build/mingdeng --database "$WORK/data/md.db" --data-dir "$WORK/data" serve --port $APP_PORT \
  --web-root '' --workers 1 --io-threads 1 >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/server.pid"
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$APP_PORT/readyz" >/dev/null && break; sleep 0.05; done
start_nginx

URL="http://127.0.0.1:$APP_PORT/api/people?politicalStatus=cpc_member&sort=name&page=3"
curl -sf -b "md_session=$SESSION" "$URL" | grep -q '"total":' || { echo "people list did not answer"; exit 1; }
app_rps=() app_p99=() ngx_rps=()
for _ in 1 2 3; do
  read -r r _ < <(run_wrk "http://127.0.0.1:$NGINX_PORT/"); ngx_rps+=("$r")
  read -r r p < <(run_wrk "$URL" "Cookie: md_session=$SESSION"); app_rps+=("$r"); app_p99+=("$p")
done
A=$(median "${app_rps[@]}") N=$(median "${ngx_rps[@]}")
echo
echo "| HTTP (wrk -t1 -c64, medians of 3) | value |"
echo "|---|---|"
echo "| nginx \`return 200\` | $N req/s |"
echo "| GET /api/people (status filter + pinyin sort + count), 1 io thread + 1 worker | $A req/s (p99 $(median "${app_p99[@]}") ms) |"
echo "| ratio | $(awk -v a="$A" -v n="$N" 'BEGIN {printf "%.1f %%", 100*a/n}') |"
