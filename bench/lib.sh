# Shared by the benchmark scripts: an nginx `return 200` reference and wrk helpers.
# Expects WORK (a temp folder) and NGINX_PORT to be set by the caller.

start_nginx() {
  cat >$WORK/nginx.conf <<NGX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off;
  server { listen 127.0.0.1:$NGINX_PORT; location / { return 200 'ok'; } } }
NGX
  nginx -p $WORK -c $WORK/nginx.conf
}

stop_nginx() { nginx -p "$WORK" -c "$WORK/nginx.conf" -s stop 2>/dev/null || true; }

run_wrk() {  # URL [header] → "requests/s p99_ms"
  local out
  if [ -n "${2:-}" ]; then out=$(wrk -t1 -c64 -d${DURATION}s --latency -H "$2" "$1")
  else out=$(wrk -t1 -c64 -d${DURATION}s --latency "$1"); fi
  local rps p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
  local non2xx
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  [ -z "$non2xx" ] || { echo "non-2xx answers: $non2xx" >&2; exit 1; }
  echo "$rps $p99"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

