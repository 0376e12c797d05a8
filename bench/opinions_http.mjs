// The public side of voters' opinions over HTTP (bench/opinions.sh):
//   node bench/opinions_http.mjs track BASE_URL CODES_FILE COUNT CONCURRENCY
//     COUNT lookups of POST /api/public/opinions/track, 1 in 10 with a wrong code (404);
//   node bench/opinions_http.mjs submit BASE_URL SECONDS CONCURRENCY
//     POST /api/public/opinions back to back from CONCURRENCY clients (each its own
//     X-Device-Id) for SECONDS, no photos;
//   node bench/opinions_http.mjs ref BASE_URL SECONDS CONCURRENCY
//     GET /readyz the same way: what this client and the HTTP layer manage on their own.
// Prints {"requests", "wallMs", "perSecond", "p50Ms", "p99Ms", "maxMs", "status", "okPerSecond"}
// (okPerSecond: 2xx answers in each whole second of the run).
import { readFileSync } from 'node:fs';

const [mode, base, ...rest] = process.argv.slice(2);
const latencies = [];
const status = {};
const okAt = [];
let t0 = 0;

async function timed(url, init, ok) {
  const t = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  const done = performance.now();
  latencies.push(done - t);
  status[res.status] = (status[res.status] ?? 0) + 1;
  if (ok(res.status)) okAt.push(done - t0);
}

const json = (body, extra = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...extra },
  body: JSON.stringify(body),
});

let run;
if (mode === 'track') {
  const [codesFile, count, concurrency] = rest;
  const codes = readFileSync(codesFile, 'utf8').trim().split('\n');
  let next = 0;
  const n = Number(count);
  run = () =>
    Promise.all(
      Array.from({ length: Number(concurrency) }, async () => {
        while (next < n) {
          const i = next++;
          // 1 in 10 a mistyped code: the same work (hash, index probe) and one 404.
          const code = i % 10 === 9 ? `WXYZ-WXYZ-W${'23456789'[i % 8]}${'ABCDEFGH'[i % 8]}Z` : codes[i % codes.length];
          await timed(`${base}/api/public/opinions/track`, json({ code }), (s) => s === 200 || s === 404);
        }
      }),
    );
} else {
  const [seconds, concurrency] = rest;
  const until = () => performance.now() - t0 < Number(seconds) * 1000;
  const options = await (await fetch(`${base}/api/public/opinions/options`)).json();
  let k = 0;
  const submit = (client) => {
    const i = k++;
    const withContact = i % 3 === 0;
    return timed(
      `${base}/api/public/opinions`,
      json(
        {
          category: options.categories[i % options.categories.length],
          town: options.towns[i % options.towns.length],
          place: `第${(i % 12) + 1}组`,
          content: `小区门口路灯不亮已有两周，夜间出行不安全，请尽快维修。（基准 ${i}）`,
          ...(withContact ? { contactName: '王先生', contactPhone: `138${String(10000000 + (i % 89999999))}` } : {}),
        },
        { 'x-device-id': `bench-device-${client}` },
      ),
      (s) => s === 201,
    );
  };
  const ready = () => timed(`${base}/readyz`, {}, (s) => s === 200);
  run = () =>
    Promise.all(
      Array.from({ length: Number(concurrency) }, async (_, client) => {
        while (until()) await (mode === 'submit' ? submit(client) : ready());
      }),
    );
}

t0 = performance.now();
await run();
const wallMs = performance.now() - t0;
latencies.sort((a, b) => a - b);
const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
const okPerSecond = [];
for (const t of okAt) {
  const s = Math.floor(t / 1000);
  okPerSecond[s] = (okPerSecond[s] ?? 0) + 1;
}
console.log(
  JSON.stringify({
    requests: latencies.length,
    wallMs: Math.round(wallMs),
    perSecond: Math.round((latencies.length * 1000) / wallMs),
    p50Ms: +at(0.5).toFixed(2),
    p99Ms: +at(0.99).toFixed(2),
    maxMs: +latencies.at(-1).toFixed(2),
    status,
    okPerSecond: Array.from(okPerSecond, (x) => x ?? 0),
  }),
);
