#!/usr/bin/env bash
# kill -9 fault test (issue 12): a deputies' voting storm and public opinion submissions, the
# server killed KILLS times in each, nothing acknowledged lost (tests/faults/kill9.mjs).
# CI runs a short version; docs/RELIABILITY.md reports the full one:
#   bash tests/faults/kill9.sh [deputies=3000] [kills=20] [projects=15] [bin=build/mingdeng]
set -euo pipefail
cd "$(dirname "$0")/../.."
DEPUTIES=${1:-3000} KILLS=${2:-20} PROJECTS=${3:-15} BIN=$(realpath "${4:-build/mingdeng}")
BENCH=$(dirname "$BIN")/md_bench_vote
WORK=$(mktemp -d /tmp/mingdeng-kill9.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
"$BENCH" "$WORK/data" "$DEPUTIES" "$PROJECTS" >"$WORK/fixture.txt"
VOTE=$(awk '/^FIXTURE/ {sub(/^FIXTURE /, ""); print}' "$WORK/fixture.txt" |
  node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).voteId))")
node tests/faults/kill9.mjs "$BIN" "$WORK/data" "$VOTE" "$KILLS"
