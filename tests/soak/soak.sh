#!/usr/bin/env bash
# 30 minutes of steady mixed load (tests/soak/soak.mjs), then docs/soak.png: p99 per minute
# and the server's RSS. Usage: bash tests/soak/soak.sh [minutes=30] [rate=40] [deputies=3000]
set -euo pipefail
cd "$(dirname "$0")/../.."
MINUTES=${1:-30} RATE=${2:-40} DEPUTIES=${3:-3000}
command -v gnuplot >/dev/null || apt-get install -y -qq gnuplot-nox >/dev/null
WORK=$(mktemp -d /tmp/mingdeng-soak.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
./build/md_bench_vote "$WORK/data" "$DEPUTIES" 5 >"$WORK/fixture.txt"
VOTE=$(awk '/^FIXTURE/ {sub(/^FIXTURE /, ""); print}' "$WORK/fixture.txt" |
  node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).voteId))")
node tests/soak/soak.mjs "$(realpath build/mingdeng)" "$WORK/data" "$VOTE" "$WORK" "$MINUTES" "$RATE" | tee "$WORK/summary.json"
cp "$WORK/soak.csv" docs/soak.csv
gnuplot <<GP
set terminal pngcairo size 1000,480 font "sans,10"
set output "docs/soak.png"
set datafile separator ","
set title "Mingdeng soak: ${MINUTES} min at ${RATE} requests/s (staff lists, sign-ins, portal, opinions, a vote)"
set xlabel "minute"
set ylabel "latency (ms)"
set y2label "server RSS (MB)"
set ytics nomirror
set y2tics
set yrange [0:*]
set y2range [0:*]
set key top left
plot "docs/soak.csv" using 1:4 skip 1 with linespoints title "p50", \
     "docs/soak.csv" using 1:5 skip 1 with linespoints title "p99", \
     "docs/soak.csv" using 1:6 skip 1 axes x1y2 with lines lw 2 title "RSS"
GP
echo "docs/soak.png written"
