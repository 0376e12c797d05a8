#!/usr/bin/env bash
# The rules library at scale (issue 8, R6.1): 10,000 regulations of ~5,000 Chinese characters
# each in SQLite (the FTS5 trigram index), full-text searches over HTTP against the real
# server, 1 in flight: phrases with many hits, selective phrases, no hits, FTS metacharacters
# (taken literally) and one- or two-character queries (the bounded LIKE fallback), each with
# GET /api/auth/me measured in the same run as the reference.
# Usage: bash bench/regulations.sh [regulations] [characters] [rounds]   (BUILD=build-w …)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000} CHARS=${2:-5000} ROUNDS=${3:-20}
BIN="./${BUILD:-build}"
WORK=$(mktemp -d /tmp/mingdeng-regulations.XXXXXX)
PORT=${PORT:-18125}
trap 'kill $(cat $WORK/server.pid 2>/dev/null) 2>/dev/null; rm -rf $WORK' EXIT

md() { "$BIN/mingdeng" --database "$WORK/md.db" --data-dir "$WORK" "$@"; }
md demo >/dev/null
md setting security.login_rate_per_ip 1000 >/dev/null
t0=$(date +%s%N)
node bench/regulations_gen.mjs "$N" "$CHARS" | sqlite3 "$WORK/md.db"
t1=$(date +%s%N)
ROWS=$(sqlite3 "$WORK/md.db" "SELECT COUNT(*) FROM regulations")
AVG=$(sqlite3 "$WORK/md.db" "SELECT AVG(length(body)) FROM regulations")
DBMB=$(( $(stat -c %s "$WORK/md.db") / 1048576 ))

"$BIN/mingdeng" --database "$WORK/md.db" --data-dir "$WORK" serve --port $PORT --web-root '' \
  >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/server.pid"
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.05; done
kill -0 "$(cat "$WORK/server.pid")"

J='Content-Type: application/json'
curl -s -c $WORK/c -H "$J" -d '{"username":"member","password":"Mingdeng@2026"}' http://127.0.0.1:$PORT/api/auth/login >/dev/null
CSRF=$(awk '/md_csrf/ {print $7}' $WORK/c)
curl -s -b $WORK/c -H "$J" -H "X-CSRF-Token: $CSRF" -d '{"oldPassword":"Mingdeng@2026","newPassword":"Bench#Lamp2026"}' \
  http://127.0.0.1:$PORT/api/auth/password >/dev/null
SESSION=$(awk '/md_session/ {print $7}' $WORK/c)

node bench/regulations_search.mjs "http://127.0.0.1:$PORT" "$SESSION" 2 >/dev/null  # warm-up
R=$(node bench/regulations_search.mjs "http://127.0.0.1:$PORT" "$SESSION" "$ROUNDS")

node - "$R" "$ROWS" "$AVG" "$DBMB" "$(( (t1 - t0) / 1000000 ))" <<'JS'
const [r] = [JSON.parse(process.argv[2])];
const [rows, avg, mb, loadMs] = process.argv.slice(3).map(Number);
const ref = r.reference;
const ratio = (x) => `${(x / ref.p50Ms).toFixed(1)}× /me`;
console.log(`| rules library full-text search (${rows.toLocaleString('en-US')} regulations, SQLite FTS5 trigram) | p50 / p95 / max | vs reference | target |`);
console.log('|---|---|---|---|');
console.log(`| data: ${rows} regulations, mean ${Math.round(avg)} characters, database ${mb} MB, loaded in ${(loadMs / 1000).toFixed(1)} s | | | |`);
console.log(`| reference: GET /api/auth/me (${ref.requests}) | ${ref.p50Ms} / ${ref.p95Ms} / ${ref.maxMs} ms | 1× | reference |`);
const names = { common: 'phrases in most regulations (常务委员会, 预算联网监督 …)', selective: 'selective phrases (1–100 hits)', none: 'no hits', meta: 'FTS metacharacters, literal', short: '1–2 characters: LIKE over the newest 1,000' };
for (const [g, label] of Object.entries(names)) {
  const x = r[g];
  const target = g === 'short' ? 'fallback' : 'p95 < 30 ms';
  console.log(`| ${label} (${x.requests} searches, mean total ${x.meanTotal}) | **${x.p50Ms} / ${x.p95Ms}** / ${x.maxMs} ms | p50 ${ratio(x.p50Ms)} | ${target} |`);
}
JS
