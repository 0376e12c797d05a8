#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (build-fuzz/) and runs each from its committed seed
# corpus (fuzz/corpus/<name>/, read only — new inputs go to a scratch folder).
#   bash fuzz/run.sh short          # CI: 30 s each
#   bash fuzz/run.sh runs 10000000  # before a release: 10 million executions each
# Prints one line per harness with its executions; a crash stops the run with the input saved.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-short} N=${2:-30}
[ "$MODE" = short ] && N=${2:-30}
command -v clang++ >/dev/null || apt-get install -y -qq clang >/dev/null
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMD_FUZZ=ON >/dev/null
HARNESSES="json_bodies xlsx_import html_sanitizer ballot vote_export codes"
cmake --build "$BUILD" --target $(for h in $HARNESSES; do printf 'fuzz_%s ' "$h"; done) >/dev/null
WORK=$(mktemp -d /tmp/mingdeng-fuzz.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for h in $HARNESSES; do
  mkdir -p "$WORK/$h"
  if [ "$MODE" = short ]; then limit=(-max_total_time="$N"); else limit=(-runs="$N"); fi
  if ! "$BUILD/fuzz/fuzz_$h" "${limit[@]}" -max_len=400000 -timeout=25 -rss_limit_mb=2048 \
      -artifact_prefix="$WORK/$h-" "$WORK/$h" "fuzz/corpus/$h" >"$WORK/$h.log" 2>&1; then
    tail -40 "$WORK/$h.log"
    mkdir -p fuzz/findings && cp "$WORK/$h-"* fuzz/findings/ 2>/dev/null || true
    echo "fuzz_$h: FINDING (input saved in fuzz/findings/)"
    exit 1
  fi
  execs=$(grep -o 'Done [0-9]* runs' "$WORK/$h.log" | grep -o '[0-9]*' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$WORK/$h.log" | tail -1 | grep -o '[0-9]*' || echo "?")
  echo "fuzz_$h: $execs executions, coverage $cov edges, 0 findings"
done
