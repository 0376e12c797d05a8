#!/usr/bin/env bash
# The leaders' dashboard and the annual report at scale (issue 10): 100,000 party members
# (dues, study, three years of meetings) and 1,000,000 voters' opinions in SQLite; the
# dashboard, the annual report and the 100,000-row opinions export timed in-process through
# the dispatcher, against GET /api/auth/me measured in the same run, with the peak RSS of the
# export (bench/reports_bench.cpp says how the data is made).
# Usage: bash bench/reports.sh [members] [opinions]   (BUILD=build-R to use another build dir)
# Prints uptime before and after: the box is shared, compare with the reference, not across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
MEMBERS=${1:-100000} OPINIONS=${2:-1000000}
BIN="./${BUILD:-build}"
WORK=$(mktemp -d /tmp/mingdeng-reports.XXXXXX)
trap 'rm -rf $WORK' EXIT

echo "uptime before: $(uptime)"
"$BIN/md_bench_reports" "$WORK/data" "$MEMBERS" "$OPINIONS" >"$WORK/result.txt"
echo "uptime after: $(uptime)"
RESULT=$(awk '/^RESULT/ {sub(/^RESULT /, ""); print}' "$WORK/result.txt")

node - "$RESULT" <<'JS'
const r = JSON.parse(process.argv[2]);
const row = (k, v, t = '') => console.log(`| ${k} | ${v} | ${t} |`);
const n = (x) => Math.round(x).toLocaleString('en-US');
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));
const ratio = (a, b) => `${(a / b).toFixed(0)}×`;
console.log(`| dashboard and annual report (${n(r.members)} party members, ${n(r.opinions)} opinions, SQLite) | value | target |`);
console.log('|---|---|---|');
row('data set (bulk SQL)', `${n(r.meetings)} meetings, ${n(r.attendanceRows)} attendance rows, in ${(r.generateMs / 1000).toFixed(1)} s`);
row('reference: GET /api/auth/me via the dispatcher, p50 / p95', `${ms(r.meP50Ms)} / ${ms(r.meP95Ms)} ms`, 'reference');
row('GET /api/reports/dashboard (this year) from the stored snapshot, 20 requests, p50 / p95 / max', `**${ms(r.dashboardP50Ms)} / ${ms(r.dashboardP95Ms)}** / ${ms(r.dashboardMaxMs)} ms (p50 = ${ratio(r.dashboardP50Ms, r.meP50Ms)} /me)`, '< 200 ms');
row('… the request that computes it again (first after a minute), 5 requests, p50 / max', `${ms(r.refreshP50Ms)} / ${ms(r.refreshMaxMs)} ms`);
row('… its figure functions alone (ms)', Object.entries(r.parts).map(([k, v]) => `${k} ${ms(v)}`).join(', '));
row('GET /api/reports/annual (this year), 5 requests, p50 / max', `**${ms(r.annualP50Ms)}** / ${ms(r.annualMaxMs)} ms`, '< 2 s');
row('GET /api/opinions/export, 100,000 rows (.xlsx)', `**${ms(r.exportMs)} ms**, ${(r.exportBytes / 1048576).toFixed(1)} MB file`, '< 5 s');
row('… process RSS before / peak during the export', `${n(r.rssBeforeKb / 1024)} MB / **${n(r.peakRssDuringExportKb / 1024)} MB**`, '< 200 MB');
JS
