#!/usr/bin/env bash
# Scheduled jobs across two instances on one database (platform/jobs/jobs.hpp), on SQLite and on
# PostgreSQL (MD_PG_URL, else a throw-away cluster). Two `serve` processes run every job at a
# 3 s interval for ~20 s; then the instance holding the probe job's lease is killed with -9.
# Asserts: every slot ran exactly once with no gap, the survivor took the killed instance's slot
# over after the lease expired, and a scheduled article that became due appeared on the portal
# of the instance that had already cached the portal (change signal, not the 60 s cache expiry).
# Usage: bash tests/ops/jobs-exactly-once.sh [path/to/mingdeng]   (needs root for PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-${MD_BIN:-build/mingdeng}}")
for tool in sqlite3 psql curl; do
  command -v "$tool" >/dev/null || { apt-get -y -qq install sqlite3 postgresql-client curl >/dev/null; break; }
done
# promtool (Debian package prometheus) is the strict parser of the exposition format.
command -v promtool >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get -y -qq install --no-install-recommends prometheus >/dev/null
INTERVAL=3 LEASE=4 PROBE=1
WORK=$(mktemp -d /tmp/md-jobs.XXXXXX)
PGDIR=""
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  [ -n "$PGDIR" ] && bash scripts/pg-throwaway.sh stop "$PGDIR" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
fail() { echo "not ok - $BACKEND: $*"; for f in "$WORK"/*.log; do echo "--- $f"; tail -20 "$f"; done; exit 1; }

sql() {  # sql QUERY — one value per line
  if [ "$BACKEND" = sqlite ]; then sqlite3 -batch -cmd ".timeout 5000" "$DB" "$1"; else psql -qAt "$DB" -c "$1"; fi
}

portal_has() {  # portal_has PORT TEXT — the portal home of that instance shows TEXT
  curl -sf "http://127.0.0.1:$1/portal" >"$WORK/page.html" && grep -qF "$2" "$WORK/page.html"
}

start_instance() {  # start_instance NAME PORT
  "$BIN" --database "$DB" --data-dir "$WORK/data" --log-format json serve --port "$2" \
    --web-root "" --workers 2 --instance-name "$1" --jobs-interval $INTERVAL --jobs-poll 1 \
    --jobs-lease $LEASE --jobs-probe $PROBE >"$WORK/$BACKEND-$1.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$1=$!"
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$2/readyz" >/dev/null && return 0; sleep 0.1; done
  fail "instance $1 did not start"
}

run_backend() {
  BACKEND=$1
  echo "# $BACKEND"
  PIDS=()
  rm -rf "$WORK/data"
  "$BIN" --database "$DB" --data-dir "$WORK/data" demo >"$WORK/$BACKEND-demo.log" 2>&1 || fail "demo"
  local title
  title=$(sql "SELECT title FROM articles WHERE state = 'published' AND publish_at IS NOT NULL")
  [ -n "$title" ] || fail "the demo has no scheduled article"
  local pa pb
  pa=$(free_port); start_instance A "$pa"
  pb=$(free_port); start_instance B "$pb"
  local started; started=$(date +%s)
  # B renders and caches its portal home while the article is due in two days (the page would
  # be kept up to 60 s) ...
  portal_has "$pb" "$title" && fail "article public before its time"
  # ... then the article is rescheduled to a few seconds from now behind B's back.
  local due=$(( $(date +%s) + 7 ))
  sql "UPDATE articles SET publish_at = $due, published_at = $due WHERE state = 'published' AND publish_at IS NOT NULL" >/dev/null
  portal_has "$pb" "$title" && fail "instance B did not cache its portal page"
  # Due at $due; the job runs at the next 3 s slot, B polls the change signal every second.
  local seen=""
  while [ "$(date +%s)" -le $((due + INTERVAL + 4)) ]; do
    if portal_has "$pb" "$title"; then seen=$(date +%s); break; fi
    sleep 0.5
  done
  [ -n "$seen" ] || fail "the due article did not appear on instance B's cached portal within $((INTERVAL + 4)) s"
  echo "ok - article due at +7 s shown by instance B at +$((seen - started)) s"
  local audits
  audits=$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'publicity.scheduled_publish'")
  [ "$audits" = 1 ] || fail "scheduled publication audited $audits times (want 1)"
  echo "ok - the publication audited once"

  # /metrics: a strict parser accepts it; route labels are patterns; proxied requests refused.
  curl -sf -H 'X-Request-Id: ops-test.1' -o /dev/null -D "$WORK/h" "http://127.0.0.1:$pb/api/opinions/12345" || true
  grep -qi '^X-Request-Id: ops-test.1' "$WORK/h" || fail "X-Request-Id not echoed"
  curl -sf "http://127.0.0.1:$pb/metrics" >"$WORK/metrics.txt" || fail "/metrics refused from loopback"
  promtool check metrics <"$WORK/metrics.txt" || fail "promtool rejects /metrics"
  grep -q '^mingdeng_http_requests_total{route="/portal",method="GET",status="200"}' "$WORK/metrics.txt" ||
    grep -q '^mingdeng_http_requests_total{route="page_cache"' "$WORK/metrics.txt" || fail "no portal request counted"
  grep -q 'route="/api/opinions/[0-9]' "$WORK/metrics.txt" && fail "a raw path became a route label"
  curl -sf "http://127.0.0.1:$pa/metrics" >"$WORK/metrics-a.txt"
  grep -q '^mingdeng_jobs_runs_total{job="jobs.probe",outcome="ok"}' "$WORK/metrics-a.txt" "$WORK/metrics.txt" ||
    fail "job runs not counted"
  grep -q '^mingdeng_votes_open ' "$WORK/metrics.txt" || fail "no votes_open gauge"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 203.0.113.9' "http://127.0.0.1:$pb/metrics")" = 403 ] ||
    fail "/metrics through a proxy not refused"
  echo "ok - /metrics: $(grep -vc '^#' "$WORK/metrics.txt") samples, promtool clean, route patterns only, 403 via proxy"

  local rest=$((started + 20 - $(date +%s)))
  [ "$rest" -gt 0 ] && sleep "$rest"
  # Catch an instance holding the probe's lease (it holds it $PROBE s of every $INTERVAL s).
  local owner="" slot=""
  for _ in $(seq 100); do
    owner=$(sql "SELECT lease_owner FROM jobs WHERE name = 'jobs.probe' AND lease_owner IS NOT NULL")
    [ -n "$owner" ] && break
    sleep 0.05
  done
  [ -n "$owner" ] || fail "no instance was seen holding the probe lease"
  local victim_pid survivor
  if [ "$owner" = A ]; then victim_pid=$PID_A survivor=B; else victim_pid=$PID_B survivor=A; fi
  kill -9 "$victim_pid"
  local killed; killed=$(date +%s)
  slot=$(sql "SELECT next_run_at FROM jobs WHERE name = 'jobs.probe'")
  echo "ok - killed instance $owner (-9) while it held the lease of jobs.probe slot $slot"
  # The survivor takes the slot over once the lease has expired, then catches up.
  local taken=""
  for _ in $(seq 150); do
    taken=$(sql "SELECT instance FROM job_runs WHERE job = 'jobs.probe' AND slot = $slot AND outcome = 'ok'")
    [ -n "$taken" ] && break
    sleep 0.1
  done
  [ "$taken" = "$survivor" ] || fail "slot $slot not run by the survivor $survivor (got '$taken')"
  local took; took=$(sql "SELECT finished_at FROM job_runs WHERE job = 'jobs.probe' AND slot = $slot")
  echo "ok - $survivor ran slot $slot after the lease expired ($((took - killed)) s after the kill; lease $LEASE s)"
  # Wait until every job is current again, then check each job's slots.
  for _ in $(seq 60); do
    local behind
    behind=$(sql "SELECT COUNT(*) FROM jobs WHERE next_run_at <= $(date +%s) - $INTERVAL")
    [ "$behind" = 0 ] && break
    sleep 0.5
  done
  sleep 1
  local now; now=$(date +%s)
  for job in publicity.scheduled_publish warnings.evaluate jobs.probe; do
    local stats
    stats=$(sql "SELECT COUNT(*) || ' ' || COUNT(DISTINCT slot) || ' ' || MIN(slot) || ' ' || MAX(slot) || ' ' || SUM(CASE WHEN outcome = 'ok' THEN 1 ELSE 0 END) FROM job_runs WHERE job = '$job'")
    read -r n distinct lo hi okc <<<"$stats"
    local want=$(( (hi - lo) / INTERVAL + 1 ))
    [ "$n" = "$distinct" ] || fail "$job: $n runs for $distinct slots"
    [ "$n" = "$want" ] || fail "$job: $n runs for slots $lo..$hi (want $want: a gap)"
    [ "$okc" = "$n" ] || fail "$job: only $okc of $n runs ok"
    [ "$hi" -ge $((now - 2 * INTERVAL)) ] || fail "$job: last slot $hi is stale (now $now)"
    local by; by=$(sql "SELECT instance || ':' || COUNT(*) FROM job_runs WHERE job = '$job' GROUP BY instance ORDER BY instance" | tr '\n' ' ')
    echo "ok - $job: $n slots $lo..$hi each run exactly once, none missing (by instance: $by)"
  done
  local spid; spid=$(eval echo "\$PID_$survivor")
  kill -TERM "$spid"; wait "$spid" || fail "survivor did not stop cleanly"
  grep -q '"request_id"' "$WORK/$BACKEND-B.log" || grep -q '"request_id"' "$WORK/$BACKEND-A.log" ||
    fail "no JSON access line with a request_id"
  echo "ok - $BACKEND done"
}

DB="$WORK/jobs.db"
run_backend sqlite

if [ -n "${MD_PG_URL:-}" ]; then
  DB=$MD_PG_URL
  psql -q "$DB" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null 2>&1
else
  PGDIR=$(mktemp -d /tmp/md-jobs-pg.XXXXXX)
  DB=$(bash scripts/pg-throwaway.sh start "$PGDIR" "$(free_port)")
fi
run_backend postgres
echo "# jobs: both backends passed"
