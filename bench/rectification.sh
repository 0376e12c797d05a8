#!/usr/bin/env bash
# The rectification ledger at scale (R5.1): 100,000 items in SQLite; the leader's progress view
# (by source and by unit, counts per status, completion rate, overdue items), a branch
# officer's, and the overdue page of the list, in-process through the dispatcher, each with
# references measured in the same run (a plain COUNT(*) of the items, GET /api/auth/me).
# Usage: bash bench/rectification.sh [items]   (BUILD=build-r to use another build dir)
set -euo pipefail
cd "$(dirname "$0")/.."
ITEMS=${1:-100000}
WORK=$(mktemp -d /tmp/mingdeng-rectification.XXXXXX)
trap 'rm -rf $WORK' EXIT

"./${BUILD:-build}/md_bench_rectification" "$WORK/data" "$ITEMS" >"$WORK/result.txt"
RESULT=$(awk '/^RESULT/ {sub(/^RESULT /, ""); print}' "$WORK/result.txt")

node - "$RESULT" <<'JS'
const r = JSON.parse(process.argv[2]);
const row = (k, v, t = '') => console.log(`| ${k} | ${v} | ${t} |`);
const n = (x) => Math.round(x).toLocaleString('en-US');
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
const o = r.overall;
console.log(`| rectification ledger at scale (${n(r.items)} items, SQLite) | value | target |`);
console.log('|---|---|---|');
row('data set: cases + items (bulk SQL, one transaction)', `${n(r.items)} in ${(r.generateMs / 1000).toFixed(1)} s; ${n(o.overdue)} overdue, ${n(o.done)} done, ${r.units} units`);
row("reference: plain COUNT(*) over every item (WHERE state <> ''), p50", `${ms(r.countMs.p50)} ms`, 'reference');
row('reference: GET /api/auth/me via the dispatcher, p50 / p95', `${ms(r.me.p50)} / ${ms(r.me.p95)} ms`, 'reference');
row("leader's progress view GET /api/rectification/progress via the dispatcher, 200 requests, p50 / p95 / max", `**${ms(r.progress.p50)} / ${ms(r.progress.p95)}** / ${ms(r.progress.max)} ms (p50 = ${ratio(r.progress.p50, r.countMs.p50)} the COUNT(*), ${ratio(r.progress.p50, r.me.p50)} /me)`, 'p95 < 50 ms');
row("a branch officer's progress view (own subtree), p50 / p95", `${ms(r.branchProgress.p50)} / ${ms(r.branchProgress.p95)} ms`);
row('the list, status=overdue, page 1 of 20 by deadline, p50 / p95', `${ms(r.overduePage.p50)} / ${ms(r.overduePage.p95)} ms`);
console.log(`\nprogress plan: ${r.plan}`);
JS
