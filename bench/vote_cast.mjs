// Casts one pre-encrypted ballot per deputy over HTTP with CONCURRENCY clients at once and
// prints {"wallMs", "p50Ms", "p99Ms", "maxMs", "accepted", "refused"} (bench/vote.sh).
//   node bench/vote_cast.mjs BASE_URL VOTE_ID DIR [CONCURRENCY=64]
import { readFileSync } from 'node:fs';

const [base, voteId, dir, concurrency = '64'] = process.argv.slice(2);
const voters = readFileSync(`${dir}/voters.tsv`, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const ballots = readFileSync(`${dir}/ballots.jsonl`, 'utf8').trim().split('\n');
const n = Math.min(voters.length, ballots.length);
const latencies = [];
let accepted = 0;
const refused = {};
let next = 0;

async function client() {
  while (next < n) {
    const i = next++;
    const [token, csrf] = voters[i];
    const t0 = performance.now();
    const res = await fetch(`${base}/api/votes/${voteId}/ballots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `md_session=${token}`, 'x-csrf-token': csrf },
      body: ballots[i],
    });
    const body = await res.text();
    latencies.push(performance.now() - t0);
    if (res.status === 201) accepted++;
    else refused[`${res.status} ${body.slice(0, 80)}`] = (refused[`${res.status} ${body.slice(0, 80)}`] ?? 0) + 1;
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: Number(concurrency) }, client));
const wallMs = performance.now() - t0;
latencies.sort((a, b) => a - b);
const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
console.log(JSON.stringify({
  wallMs: Math.round(wallMs), p50Ms: Math.round(at(0.5)), p99Ms: Math.round(at(0.99)),
  maxMs: Math.round(latencies.at(-1)), accepted, refused,
}));
