#!/usr/bin/env bash
# Voters' opinions at scale (issue 7): 1,000,000 opinions in SQLite; the clerk's filtered list
# in-process through the dispatcher, then over HTTP against the real server: the public
# query-code lookup and public submissions (no photos), each with a reference measured in the
# same run (docs/bench-opinions.md).
# For the HTTP part the public limits are raised with `mingdeng setting` (every request comes
# from 127.0.0.1): opinions.public_per_ip_hour, opinions.public_per_device_hour and
# opinions.lookup_per_ip_10min to 100000, opinions.public_queue_max to 1000000.
# Usage: bash bench/opinions.sh [opinions] [submit-seconds] [concurrency]
#        (BUILD=build-b to use another build dir, WORKERS=16 for more handler threads)
set -euo pipefail
cd "$(dirname "$0")/.."
OPINIONS=${1:-1000000} SECONDS_SUBMIT=${2:-10} CONCURRENCY=${3:-32}
BIN="./${BUILD:-build}"
WORK=$(mktemp -d /tmp/mingdeng-opinions.XXXXXX)
PORT=18196
trap 'kill $(cat $WORK/server.pid 2>/dev/null) 2>/dev/null; rm -rf $WORK' EXIT

"$BIN/md_bench_opinions" "$WORK/data" "$OPINIONS" 1000 >"$WORK/result.txt"
RESULT=$(awk '/^RESULT/ {sub(/^RESULT /, ""); print}' "$WORK/result.txt")

md() { "$BIN/mingdeng" --database "$WORK/data/md.db" --data-dir "$WORK/data" "$@"; }
md setting opinions.public_per_ip_hour 100000 >/dev/null
md setting opinions.public_per_device_hour 100000 >/dev/null
md setting opinions.lookup_per_ip_10min 100000 >/dev/null
md setting opinions.public_queue_max 1000000 >/dev/null

# Another server already on the port would be measured instead of this one.
if curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null; then
  echo "port $PORT is already in use: stop that server first" >&2
  exit 1
fi
# Started directly (not through md): $! must be the server itself, for the trap's kill.
"$BIN/mingdeng" --database "$WORK/data/md.db" --data-dir "$WORK/data" serve --port $PORT \
  --web-root '' --workers "${WORKERS:-4}" >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/server.pid"
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.05; done
kill -0 "$(cat "$WORK/server.pid")"  # not some other server on the port

URL="http://127.0.0.1:$PORT"
# wrk drives the HTTP part (bench/opinions.lua says why); each run prints one JSON line.
hit() {  # MODE CONNECTIONS SECONDS
  MODE=$1 CODES="$WORK/data/codes.txt" wrk -t1 -c"$2" -d"$3"s -s bench/opinions.lua "$URL" | tail -1
}
OPTIONS=$(curl -sf "$URL/api/public/opinions/options")
pick() { node -e 'console.log(JSON.parse(process.argv[1])[process.argv[2]].join(","))' "$OPTIONS" "$1"; }
export CATEGORIES TOWNS
CATEGORIES=$(pick categories) TOWNS=$(pick towns)
hit track 1 2 >/dev/null  # warm-up
REF1=$(hit ready 1 5)
TRACK1=$(hit track 1 5)
TRACK8=$(hit track 8 5)
BEFORE=$(sqlite3 "$WORK/data/md.db" "SELECT COUNT(*) FROM opinions")
REFN=$(hit ready "$CONCURRENCY" 5)
SUBMIT=$(hit submit "$CONCURRENCY" "$SECONDS_SUBMIT")
AFTER=$(sqlite3 "$WORK/data/md.db" "SELECT COUNT(*) FROM opinions")

node - "$RESULT" "$REF1" "$TRACK1" "$TRACK8" "$REFN" "$SUBMIT" "$((AFTER - BEFORE))" "$CONCURRENCY" <<'JS'
const [r, ref1, t1, t8, refN, sub] = process.argv.slice(2, 8).map((x) => JSON.parse(x));
const [stored, conc] = process.argv.slice(8);
const row = (k, v, t = '') => console.log(`| ${k} | ${v} | ${t} |`);
const n = (x) => Math.round(x).toLocaleString('en-US');
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
const ok = sub.status['201'] ?? 0;
console.log(`| voters' opinions at scale (${n(r.opinions)} opinions, SQLite) | value | target |`);
console.log('|---|---|---|');
row('data set: cases + opinions + open events (bulk SQL, one transaction)', `${n(r.opinions)} in ${(r.generateMs / 1000).toFixed(1)} s; ${n(r.open)} open, ${n(r.overdue)} overdue`);
row('reference: plain COUNT(*) of the opinions table', `${ms(r.scanMs)} ms`, 'reference');
row('reference: GET /api/auth/me via the dispatcher, p50 / p95', `${ms(r.meP50Ms)} / ${ms(r.meP95Ms)} ms`, 'reference');
row(`clerk's list (status + category + town + overdue, by deadline, page 1 of 20) via the dispatcher, ${r.listRequests} requests, p50 / p95 / max`, `**${ms(r.listP50Ms)} / ${ms(r.listP95Ms)}** / ${ms(r.listMaxMs)} ms (p50 = ${ratio(r.listP50Ms, r.meP50Ms)} /me); mean total ${n(r.listMeanTotal)}, max ${n(r.listMaxTotal)}`, 'p95 < 20 ms');
row('… its total COUNT(*) alone, p50 / p95', `${ms(r.countP50Ms)} / ${ms(r.countP95Ms)} ms`);
row('… its page query alone, p50 / p95', `${ms(r.pageP50Ms)} / ${ms(r.pageP95Ms)} ms`);
row(`closed cases, status + category + town (no overdue), by deadline, via the dispatcher, p50 / p95`, `${ms(r.closedP50Ms)} / ${ms(r.closedP95Ms)} ms; mean total ${n(r.closedMeanTotal)}`);
row('reference: GET /readyz over HTTP, 1 in flight, p50 / p99', `${ref1.p50Ms} / ${ref1.p99Ms} ms`, 'reference');
row(`query-code lookup POST /api/public/opinions/track, 1 in flight for 5 s, ${n(t1.requests)} lookups (1 in 10 wrong → 404), p50 / p99 / max`, `**${t1.p50Ms} / ${t1.p99Ms}** / ${t1.maxMs} ms (p99 = ${ratio(t1.p99Ms, ref1.p99Ms)} /readyz) ${JSON.stringify(t1.status)}`, 'p99 < 5 ms');
row(`the same, 8 in flight, ${n(t8.requests)} lookups, p50 / p99 / max`, `${t8.p50Ms} / ${t8.p99Ms} / ${t8.maxMs} ms, ${n(t8.perSecond)}/s ${JSON.stringify(t8.status)}`);
row(`reference: GET /readyz over HTTP, ${conc} in flight`, `${n(refN.perSecond)}/s, p50 / p99 ${refN.p50Ms} / ${refN.p99Ms} ms`, 'reference');
row(`public submissions POST /api/public/opinions, ${conc} in flight for ${(sub.wallMs / 1000).toFixed(0)} s: 201s per second`, `**${n((ok * 1000) / sub.wallMs)}/s**; ${ratio(refN.perSecond, (ok * 1000) / sub.wallMs)} below /readyz ${JSON.stringify(sub.status)}`, '≥ 1,000/s');
row('… latency seen by the client, p50 / p99 / max', `${sub.p50Ms} / ${sub.p99Ms} / ${sub.maxMs} ms`);
// wrk stops counting at the deadline; requests still in flight then are answered and stored
// without being counted, so stored may exceed the 201s by up to the concurrency — never fall short.
row(`… rows stored (at least the 201s, at most ${conc} more)`, `${n(Number(stored))}${Number(stored) >= ok && Number(stored) <= ok + Number(conc) ? '' : ' — MISMATCH'}`);
row('reference: single-row write transactions per second on the same database (synchronous=FULL, one connection)', `${n(r.commitsPerS)}/s`, 'reference');
console.log(`\ncount plan: ${r.countPlan}\npage plan: ${r.pagePlan}`);
JS
