// Full-text searches against a running server (bench/regulations.sh):
//   node bench/regulations_search.mjs BASE_URL SESSION ROUNDS
// Each round sends every query once (sequentially, 1 in flight) and GET /api/auth/me as the
// reference. Prints JSON: per group {p50Ms, p95Ms, maxMs, meanTotal} and the reference's.
const [base, session, rounds = '20'] = process.argv.slice(2);
const groups = {
  // Phrases of 3–6 characters: the trigram index.
  common: ['常务委员会', '预算联网监督', '听取和审议', '信息公开', '脱贫攻坚'],
  selective: ['云溪区特定事项500', '云溪区特定事项9900', '特定事项1200的办理', '传染病防治', '国有资产管理监督'],
  none: ['不存在的词语组合', '量子计算机', 'xyz'],
  // Metacharacters: literal phrases, never operators.
  meta: ['" OR 审议*', '(预算) AND', '%_\\'],
  // One or two characters: the bounded LIKE scan.
  short: ['审计', '监', '财务'],
};
const latency = {};
const totals = {};
async function get(url) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie: `md_session=${session}` } });
  const body = await res.json();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(body)} for ${url}`);
  return [ms, body];
}
for (let r = 0; r < Number(rounds); r++) {
  for (const [g, qs] of Object.entries(groups)) {
    for (const q of qs) {
      const [ms, body] = await get(`${base}/api/regulations?q=${encodeURIComponent(q)}&pageSize=20`);
      (latency[g] ??= []).push(ms);
      (totals[g] ??= []).push(body.total);
    }
  }
  const [ms] = await get(`${base}/api/auth/me`);
  (latency.reference ??= []).push(ms);
}
const out = {};
for (const [g, xs] of Object.entries(latency)) {
  xs.sort((a, b) => a - b);
  const at = (p) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))];
  const t = totals[g] ?? [];
  out[g] = {
    requests: xs.length, p50Ms: +at(0.5).toFixed(2), p95Ms: +at(0.95).toFixed(2), maxMs: +xs.at(-1).toFixed(2),
    meanTotal: t.length ? Math.round(t.reduce((a, b) => a + b, 0) / t.length) : null,
  };
}
console.log(JSON.stringify(out));
