#!/usr/bin/env bash
# The ballot engine at NPC scale (issue 4): 3,000 deputies, 15 projects, yes/no/abstain.
# 1. md_bench_vote builds the database and pre-encrypts one ballot per deputy (the browsers'
#    work) and measures in-process ballot creation and verification per ballot;
# 2. the server is started and every ballot is cast over HTTP by 64 concurrent clients;
# 3. the teller closes, both scrutineers fetch the tally, decrypt their share
#    (`mingdeng ballot-tool partial`, the browser's work) and post it; the last one certifies;
# 4. the export is downloaded and checked by `mingdeng verify-vote`;
# 5. the same ballots' verification, in-process on both cores, is the reference: the HTTP
#    casting time is reported as a ratio to it.
# Usage: bash bench/vote.sh [deputies] [projects] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
DEPUTIES=${1:-3000} PROJECTS=${2:-15} CONCURRENCY=${3:-64}
WORK=$(mktemp -d /tmp/mingdeng-vote.XXXXXX)
PORT=18193
trap 'kill $(cat $WORK/server.pid 2>/dev/null) 2>/dev/null; rm -rf $WORK' EXIT
ms() { date +%s%3N; }

./build/md_bench_vote "$WORK/data" "$DEPUTIES" "$PROJECTS" >"$WORK/fixture.txt"
FIXTURE=$(awk '/^FIXTURE/ {sub(/^FIXTURE /, ""); print}' "$WORK/fixture.txt")
VOTE=$(node -e "console.log(JSON.parse(process.argv[1]).voteId)" "$FIXTURE")
staff() { awk -v n="$1" -v f="$2" '$1 == n {print $f}' "$WORK/data/staff.tsv"; }

./build/mingdeng --database "$WORK/data/md.db" --data-dir "$WORK/data" serve --port $PORT \
  --web-root '' >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/server.pid"
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.05; done
post() {  # who path [body]
  curl -sf -X POST -b "md_session=$(staff "$1" 2)" -H "X-CSRF-Token: $(staff "$1" 3)" \
    -H 'Content-Type: application/json' --data "${3:-}" "http://127.0.0.1:$PORT$2"
}
post teller "/api/votes/$VOTE/open" >/dev/null

CAST=$(node bench/vote_cast.mjs "http://127.0.0.1:$PORT" "$VOTE" "$WORK/data" "$CONCURRENCY")

T0=$(ms)
post teller "/api/votes/$VOTE/close" >/dev/null
T_CLOSE=$(( $(ms) - T0 ))
SERVER_MS=$T_CLOSE CLIENT_MS=0
UID_=$(curl -sf -b "md_session=$(staff teller 2)" "http://127.0.0.1:$PORT/api/votes/$VOTE" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).uid))")
for i in 1 2; do
  who=$([ $i = 1 ] && echo leader || echo branch)
  T1=$(ms)
  curl -sf -b "md_session=$(staff $who 2)" "http://127.0.0.1:$PORT/api/votes/$VOTE/tally" >"$WORK/tally.json"
  T2=$(ms)
  ./build/mingdeng ballot-tool partial --uid "$UID_" --index $i --secret "$(staff secret$i 2)" \
    --tally "$(cat "$WORK/tally.json")" >"$WORK/partial$i.json"
  T3=$(ms)
  post $who "/api/votes/$VOTE/partial" "$(cat "$WORK/partial$i.json")" >"$WORK/answer$i.json"
  T4=$(ms)
  SERVER_MS=$(( SERVER_MS + (T2 - T1) + (T4 - T3) )) CLIENT_MS=$(( CLIENT_MS + T3 - T2 ))
done
grep -q '"certified":true' "$WORK/answer2.json" || { echo "the result was not certified"; exit 1; }
curl -sf "http://127.0.0.1:$PORT/api/votes/$VOTE/export" -o "$WORK/export.json"
T5=$(ms)
TIMEFORMAT='%U %S'
{ time ./build/mingdeng verify-vote "$WORK/export.json" >"$WORK/verify.txt" || { cat "$WORK/verify.txt"; exit 1; }; } 2>"$WORK/verify-cpu.txt"
T_VERIFY=$(( $(ms) - T5 ))
VERIFY_CPU=$(awk '{printf "%.1f", $1 + $2}' "$WORK/verify-cpu.txt")
EXPORT_BYTES=$(stat -c %s "$WORK/export.json")

node - "$FIXTURE" "$CAST" "$T_CLOSE" "$SERVER_MS" "$CLIENT_MS" "$T_VERIFY" "$EXPORT_BYTES" "$VERIFY_CPU" <<'JS'
const [f, c, close, server, client, verify, exportBytes, verifyCpu] = process.argv.slice(2);
const fx = JSON.parse(f), cast = JSON.parse(c);
const ideal = fx.verifyMsPerBallot * fx.deputies / fx.threads;  // proof checks alone, all cores
const row = (k, v) => console.log(`| ${k} | ${v} |`);
console.log(`| ${fx.deputies} deputies × ${fx.projects} projects, yes/no/abstain | value |`);
console.log('|---|---|');
row('ballots accepted / refused', `${cast.accepted} / ${Object.values(cast.refused).reduce((a, b) => a + b, 0)}`);
row('all ballots cast over HTTP (64 concurrent clients), wall', `${(cast.wallMs / 1000).toFixed(1)} s (target < 60 s)`);
row('cast latency p50 / p99 / max', `${cast.p50Ms} / ${cast.p99Ms} / ${cast.maxMs} ms (target p99 < 2,000 ms)`);
row('reference: the same proof checks in-process on all cores', `${(ideal / 1000).toFixed(1)} s`);
row('ratio HTTP wall / reference', `${(cast.wallMs / ideal).toFixed(2)}`);
row('close (tally already summed as ballots arrive)', `${close} ms`);
row('close + 2 tally fetches + 2 partial posts + certification (server side)', `${server} ms (target < 2,000 ms)`);
row('scrutineers computing their partial decryptions (client side, C++)', `${client} ms`);
row('verify-vote on the export', `${(verify / 1000).toFixed(1)} s wall, ${verifyCpu} CPU-s on ${fx.threads} cores, for ${(exportBytes / 1e6).toFixed(1)} MB (target < 30 s)`);
row('ballot size (JSON, compact)', `${fx.ballotJsonBytes} bytes`);
row('ballot creation / verification per ballot (C++, in-process)', `${fx.makeMsPerBallot.toFixed(1)} / ${fx.verifyMsPerBallot.toFixed(1)} ms`);
JS
