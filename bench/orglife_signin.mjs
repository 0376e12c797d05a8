// SIGNERS members sign in to one meeting with the 6-digit code (bench/orglife.sh):
//   node bench/orglife_signin.mjs BASE_URL DIR MEETING_ID CODE [MODE=paced:10]
// MODE paced:S — the members arrive evenly over S seconds (a hall filling up), each request
// sent at its time whatever the others are doing; burst:C — C clients back to back.
// Prints {"wallMs", "p50Ms", "p99Ms", "maxMs", "accepted", "refused"}.
import { readFileSync } from 'node:fs';

const [base, dir, meetingId, code, mode = 'paced:10'] = process.argv.slice(2);
const [kind, amount] = mode.split(':');
const signers = readFileSync(`${dir}/signers.tsv`, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const latencies = [];
let accepted = 0;
const refused = {};
let next = 0;

async function signIn(i) {
    const [token, csrf] = signers[i];
    const t0 = performance.now();
    const res = await fetch(`${base}/api/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `md_session=${token}`, 'x-csrf-token': csrf },
      body: JSON.stringify({ meetingId: Number(meetingId), code }),
    });
    const body = await res.text();
    latencies.push(performance.now() - t0);
    if (res.status === 201) accepted++;
    else refused[`${res.status} ${body.slice(0, 60)}`] = (refused[`${res.status} ${body.slice(0, 60)}`] ?? 0) + 1;
}

async function client() {
  while (next < signers.length) await signIn(next++);
}

const t0 = performance.now();
if (kind === 'burst') {
  await Promise.all(Array.from({ length: Number(amount) }, client));
} else {
  const gap = (Number(amount) * 1000) / signers.length;
  await Promise.all(signers.map((_, i) => new Promise((done) => setTimeout(() => signIn(i).then(done), i * gap))));
}
const wallMs = performance.now() - t0;
latencies.sort((a, b) => a - b);
const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
console.log(JSON.stringify({
  wallMs: Math.round(wallMs), p50Ms: +at(0.5).toFixed(1), p99Ms: +at(0.99).toFixed(1),
  maxMs: +latencies.at(-1).toFixed(1), accepted, refused,
}));
