#!/usr/bin/env bash
# Organizational life at scale (issue 5): the leader's compliance grid over 100 branches ×
# 3 years of meetings (in-process, through the dispatcher), and 500 members signing in to one
# meeting with the code over HTTP, then the same 500 again (every one must be refused as a
# repeat, and the meeting must hold exactly 500 present).
# Usage: bash bench/orglife.sh [branches] [years] [signers]
set -euo pipefail
cd "$(dirname "$0")/.."
BRANCHES=${1:-100} YEARS=${2:-3} SIGNERS=${3:-500}
WORK=$(mktemp -d /tmp/mingdeng-orglife.XXXXXX)
PORT=18194
trap 'kill $(cat $WORK/server.pid 2>/dev/null) 2>/dev/null; rm -rf $WORK' EXIT

./build/md_bench_orglife "$WORK/data" "$BRANCHES" "$YEARS" "$SIGNERS" >"$WORK/fixture.txt"
FIXTURE=$(awk '/^FIXTURE/ {sub(/^FIXTURE /, ""); print}' "$WORK/fixture.txt")
field() { node -e "console.log(JSON.parse(process.argv[1])[process.argv[2]])" "$FIXTURE" "$1"; }

./build/mingdeng --database "$WORK/data/md.db" --data-dir "$WORK/data" serve --port $PORT \
  --web-root '' >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/server.pid"
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.05; done

FIRST=$(node bench/orglife_signin.mjs "http://127.0.0.1:$PORT" "$WORK/data" "$(field meetingId)" "$(field code)" paced:10)
AGAIN=$(node bench/orglife_signin.mjs "http://127.0.0.1:$PORT" "$WORK/data" "$(field meetingId)" "$(field code)" burst:50)
PRESENT=$(sqlite3 "$WORK/data/md.db" "SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = $(field meetingId) AND status = 'present'")

node - "$FIXTURE" "$FIRST" "$AGAIN" "$PRESENT" <<'JS'
const [f, a, b, present] = process.argv.slice(2);
const fx = JSON.parse(f), first = JSON.parse(a), again = JSON.parse(b);
const row = (k, v) => console.log(`| ${k} | ${v} |`);
console.log('| organizational life at scale | value |');
console.log('|---|---|');
row(`meetings generated (${fx.branches} branches × ${fx.years} years, full attendance)`, `${fx.meetings} in ${(fx.generateMs / 1000).toFixed(1)} s`);
row("leader's compliance grid (all branches, one year), in-process p50 / p95", `${fx.gridP50Ms.toFixed(1)} / ${fx.gridP95Ms.toFixed(1)} ms (target < 50 ms)`);
row(`${fx.signers} members arriving evenly over 10 s sign in with the code, all done after`, `${(first.wallMs / 1000).toFixed(2)} s (target < 10 s)`);
row('sign-in latency p50 / p99 / max', `${first.p50Ms} / ${first.p99Ms} / ${first.maxMs} ms (target p99 < 50 ms)`);
row('accepted / refused the first time', `${first.accepted} / ${Object.values(first.refused).reduce((x, y) => x + y, 0)}`);
row('the same members again, 50 clients back to back: refused as repeats', `${Object.values(again.refused).reduce((x, y) => x + y, 0)} (accepted ${again.accepted}), p99 ${again.p99Ms} ms, ${(again.wallMs / 1000).toFixed(2)} s`);
row('present in the database afterwards', `${present} (must equal ${fx.signers})`);
JS
