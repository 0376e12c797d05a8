#!/usr/bin/env bash
# Volunteers, donations and enterprise guidance (issue 9, R11.4–R11.6): the read routes the
# office opens most — activities, hours per person per year, the donations ledger, totals by
# campaign, the acknowledgement list, the enterprises and the instructors — timed over HTTP on
# the demo data (SQLite), one request in flight, each next to GET /api/auth/me measured in the
# same run. Prints a Markdown table.
# Usage: bash bench/volunteers.sh [requests]   (BUILD=build-e to use another build dir)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-500}
BIN="./${BUILD:-build}"
WORK=$(mktemp -d /tmp/mingdeng-volunteers.XXXXXX)
PORT=${PORT:-18159}
trap 'kill $(cat $WORK/server.pid 2>/dev/null) 2>/dev/null; rm -rf $WORK' EXIT

md() { "$BIN/mingdeng" --database "$WORK/md.db" --data-dir "$WORK" "$@"; }
md demo >/dev/null
md setting security.login_rate_per_ip 1000 >/dev/null
"$BIN/mingdeng" --database "$WORK/md.db" --data-dir "$WORK" serve --port "$PORT" --web-root '' \
  >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/server.pid"
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.05; done
kill -0 "$(cat "$WORK/server.pid")"  # not some other server on the port

RESULT=$(node bench/volunteers_http.mjs "http://127.0.0.1:$PORT" "$REQUESTS")
node - "$RESULT" <<'JS'
const r = JSON.parse(process.argv[2]);
const names = {
  activities: 'GET /api/volunteers/activities?year=2020 (page of the year)',
  hours: 'GET /api/volunteers/hours?year=2020 (hours per member, capped per activity)',
  myHours: "GET /api/my/volunteering?year=2020 (a member's year)",
  donations: 'GET /api/donations?campaign=… (ledger page)',
  totals: 'GET /api/donations/totals (all campaigns)',
  ack: 'GET /api/donations/acknowledgement?campaign=… (22 donors)',
  enterprises: 'GET /api/enterprises (with instructor, pledge, visits)',
  instructors: 'GET /api/enterprise-instructors',
};
console.log(`| route (demo data, SQLite, 1 in flight, ${r.requests} requests) | p50 / p95 / p99 ms | p50 vs /me |`);
console.log('|---|---|---|');
console.log(`| reference: GET /api/auth/me | ${r.me.p50} / ${r.me.p95} / ${r.me.p99} | 1.0× |`);
for (const [k, label] of Object.entries(names)) {
  const v = r[k];
  console.log(`| ${label} | **${v.p50} / ${v.p95}** / ${v.p99} | ${(v.p50 / r.me.p50).toFixed(1)}× |`);
}
JS
