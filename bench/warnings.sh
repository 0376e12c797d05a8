#!/usr/bin/env bash
# Warning cards at scale (R4.2): 100,000 members × 24 months of attendance and dues in SQLite;
# the full warning evaluation, one member's card page and the dues module's monthly list, each
# with a reference measured in the same run (docs/bench-warnings.md).
# Usage: bash bench/warnings.sh [members] [months]   (BUILD=build-w to use another build dir)
set -euo pipefail
cd "$(dirname "$0")/.."
MEMBERS=${1:-100000} MONTHS=${2:-24}
WORK=$(mktemp -d /tmp/mingdeng-warnings.XXXXXX)
trap 'rm -rf $WORK' EXIT

"./${BUILD:-build}/md_bench_warnings" "$WORK/data" "$MEMBERS" "$MONTHS" >"$WORK/result.txt"
RESULT=$(awk '/^RESULT/ {sub(/^RESULT /, ""); print}' "$WORK/result.txt")

node - "$RESULT" <<'JS'
const r = JSON.parse(process.argv[2]);
const row = (k, v) => console.log(`| ${k} | ${v} |`);
const n = (x) => x.toLocaleString('en-US');
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
console.log(`| warning cards at scale (${n(r.members)} members × ${r.months} months, SQLite) | value | target |`);
console.log('|---|---|---|');
row('data set: attendance rows / dues payments (bulk SQL)', `${n(r.attendanceRows)} / ${n(r.paymentRows)} in ${(r.generateMs / 1000).toFixed(1)} s |`);
row('reference: one plain scan of attendance + payments', `${ms(r.scanMs)} ms | reference`);
row(`full evaluation, first run (issues ${n(r.first.issued)} cards, each audited)`, `**${ms(r.firstMs)} ms** (${ratio(r.firstMs, r.scanMs)} the scan) | < 2 s`);
row('full evaluation, daily steady state (nothing changes)', `**${ms(r.secondMs)} ms** (${ratio(r.secondMs, r.scanMs)} the scan) | < 2 s`);
row("one member's card page via the dispatcher, p50 / p95", `**${ms(r.pageP50Ms)} / ${ms(r.pageP95Ms)} ms** | < 5 ms`);
row('reference: GET /api/auth/me via the dispatcher, p50', `${ms(r.meP50Ms)} ms (page = ${ratio(r.pageP50Ms, r.meP50Ms)}) | reference`);
row('reference: one plain scan of the payments', `${ms(r.duesScanMs)} ms | reference`);
row(`dues monthly list of all ${n(r.duesRows)} members via the dispatcher (GET /api/dues), median of 3`, `**${ms(r.duesP50Ms)} ms** (${ratio(r.duesP50Ms, r.duesScanMs)} the scan) | < 1 s`);
row(`the same month set-based with the dues rules (base_for, monthly_due_fen; ${n(r.setBasedPaid)} paid), median of 3`, `**${ms(r.setBasedP50Ms)} ms** (${ratio(r.setBasedP50Ms, r.duesScanMs)} the scan) | < 1 s`);
JS
