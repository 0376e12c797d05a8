#!/usr/bin/env bash
# The public portal (issue 9, R10.1): wrk at 256 connections against the portal's home page
# and an article page (rendered by the server, cached in memory), each compared with nginx
# serving a static copy of the very same page in the same run. Targets: ≥ 50 % of nginx's
# requests/s, p99 < 10 ms.
# Usage: bash bench/portal.sh [seconds] [connections]   (BUILD=build-o to use another build dir)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10} CONNECTIONS=${2:-256}
BIN="./${BUILD:-build}"
WORK=$(mktemp -d /tmp/mingdeng-portal.XXXXXX)
PORT=${PORTAL_PORT:-18136} NGINX_PORT=${NGINX_PORT:-18137}
stop_all() {
  kill "$(cat "$WORK/server.pid" 2>/dev/null)" 2>/dev/null || true
  nginx -p "$WORK" -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
  sleep 0.3
  rm -rf "$WORK"
}
trap stop_all EXIT

md() { "$BIN/mingdeng" --database "$WORK/md.db" --data-dir "$WORK/data" "$@"; }
md demo >/dev/null
"$BIN/mingdeng" --database "$WORK/md.db" --data-dir "$WORK/data" serve --port "$PORT" \
  --web-root '' >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/server.pid"
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.05; done
kill -0 "$(cat "$WORK/server.pid")"

URL="http://127.0.0.1:$PORT"
ARTICLE=$(curl -sf "$URL/portal/feed.json" | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].id))')
mkdir -p "$WORK/static/portal/articles"
curl -sf -H "Host: 127.0.0.1:$NGINX_PORT" "$URL/portal" >"$WORK/static/portal/index.html"
curl -sf -H "Host: 127.0.0.1:$NGINX_PORT" "$URL/portal/articles/$ARTICLE" \
  >"$WORK/static/portal/articles/$ARTICLE.html"

chmod -R a+rX "$WORK"  # nginx's workers run unprivileged
cat >"$WORK/nginx.conf" <<NGX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http { access_log off; default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/static;
    location = /portal { try_files /portal/index.html =404; }
    location /portal/articles/ { try_files \$uri.html =404; } } }
NGX
nginx -p "$WORK" -c "$WORK/nginx.conf"
sleep 0.2

wrk_run() {  # URL → "requests/s p99_ms"
  local out rps p99 non2xx
  out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  [ -z "$non2xx" ] || { echo "non-2xx answers from $1: $non2xx" >&2; exit 1; }
  echo "$rps $p99"
}

# Warm-up (fills the page cache), then each page: nginx, portal.
wrk -t1 -c16 -d1s "$URL/portal" >/dev/null
wrk -t1 -c16 -d1s "$URL/portal/articles/$ARTICLE" >/dev/null
read -r NH NHP <<<"$(wrk_run "http://127.0.0.1:$NGINX_PORT/portal")"
read -r PH PHP <<<"$(wrk_run "$URL/portal")"
read -r NA NAP <<<"$(wrk_run "http://127.0.0.1:$NGINX_PORT/portal/articles/$ARTICLE")"
read -r PA PAP <<<"$(wrk_run "$URL/portal/articles/$ARTICLE")"
for v in "$NH" "$PH" "$NA" "$PA"; do [ -n "$v" ] || { echo "a wrk run failed" >&2; exit 1; }; done
HOME_BYTES=$(wc -c <"$WORK/static/portal/index.html")
ART_BYTES=$(wc -c <"$WORK/static/portal/articles/$ARTICLE.html")

pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f %%", 100 * a / b}'; }
echo "| public portal, wrk -t1 -c$CONNECTIONS -d${DURATION}s | requests/s | p99 | vs nginx static (same page) | target |"
echo "|---|---|---|---|---|"
echo "| nginx static copy of the home page ($HOME_BYTES B) | $NH | $NHP ms | reference | |"
echo "| portal home page (/portal) | $PH | $PHP ms | $(pct "$PH" "$NH") | ≥ 50 %, p99 < 10 ms |"
echo "| nginx static copy of an article page ($ART_BYTES B) | $NA | $NAP ms | reference | |"
echo "| portal article page (/portal/articles/$ARTICLE) | $PA | $PAP ms | $(pct "$PA" "$NA") | ≥ 50 %, p99 < 10 ms |"
