#!/usr/bin/env node
// Soak (issue 12): MINUTES of steady, mixed, realistic load on one server (SQLite, demo data):
// staff reading and searching lists, members signing in and reading their own pages, the
// public portal and opinion submissions with query-code lookups, and a deputies' vote cast
// ballot by ballot over the whole run. Every RATE requests per second, open-loop (a slow answer
// does not slow the load). Samples the server's RSS and each minute's p50/p99 and errors into
// OUT/soak.csv; prints one JSON summary. Plot: tests/soak/soak.sh.
// Usage: node tests/soak/soak.mjs BIN FIXTURE_DIR VOTE_ID OUT [MINUTES=30] [RATE=40]
//   (FIXTURE_DIR from md_bench_vote: a database with the demo, a vote and one ballot per deputy)
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { freePort, waitReady } from '../api/lib/server.mjs';
import { Client } from '../api/lib/client.mjs';
import { prepareAccount } from '../api/lib/accounts.mjs';

const [bin, dir, voteId, out, minutesArg = '30', rateArg = '40'] = process.argv.slice(2);
const MINUTES = Number(minutesArg);
const RATE = Number(rateArg);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const md = (...args) => execFileSync(bin, ['--database', `${dir}/md.db`, '--data-dir', dir, ...args], { encoding: 'utf8' });
for (const [k, v] of [['opinions.public_per_ip_hour', 100000], ['opinions.public_per_device_hour', 100000],
  ['opinions.lookup_per_ip_10min', 100000], ['opinions.public_queue_max', 1000000], ['security.login_rate_per_ip', 1000]]) {
  md('setting', k, String(v));
}
const staff = Object.fromEntries(readFileSync(`${dir}/staff.tsv`, 'utf8').trim().split('\n').map((l) => {
  const [name, token, csrf] = l.split('\t');
  return [name, { token, csrf }];
}));
const voters = readFileSync(`${dir}/voters.tsv`, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const ballots = readFileSync(`${dir}/ballots.jsonl`, 'utf8').trim().split('\n');

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(bin, ['--database', `${dir}/md.db`, '--data-dir', dir, 'serve', '--port', String(port), '--web-root', '',
  '--access-log-sample', '0'], { stdio: 'ignore' });
await waitReady(base);
const client = new Client(base);
const clerk = (await prepareAccount(client, 'clerk')).session;
const member = await prepareAccount(client, 'member');
const options = (await client.request('GET', '/api/public/opinions/options')).json;
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const val = (o) => o.value ?? o;
const teller = staff.teller;
await fetch(`${base}/api/votes/${voteId}/open`, { method: 'POST', headers: { cookie: `md_session=${teller.token}`, 'x-csrf-token': teller.csrf } });

const codes = [];
let nextVoter = 0;
let n = 0;
// One request of the mix; answers true when it got the answer it should.
const mix = [
  [30, async () => (await client.request('GET', `/api/people?pageSize=20&page=${1 + (n % 5)}`, { session: clerk })).status === 200],
  [10, async () => (await client.request('GET', `/api/opinions?pageSize=20&state=registered`, { session: clerk })).status === 200],
  [10, async () => (await client.request('GET', '/api/my/meetings', { session: member.session })).status === 200],
  [5, async () => {
    const s = (await prepareSignIn());
    return s;
  }],
  [20, async () => (await client.request('GET', '/portal')).status === 200],
  [10, async () => {
    const r = await client.request('POST', '/api/public/opinions', {
      body: JSON.stringify({ category: val(pick(options.categories)), town: val(pick(options.towns)), content: `浸泡测试第${n}条：小区路灯不亮，请尽快维修。` }),
    });
    if (r.status === 201) codes.push(r.json.queryCode);
    return r.status === 201;
  }],
  [10, async () => {
    if (!codes.length) return true;
    return (await client.request('POST', '/api/public/opinions/track', { body: JSON.stringify({ code: pick(codes) }) })).status === 200;
  }],
  [5, async () => {
    if (nextVoter >= voters.length) return (await client.request('GET', `/api/votes/${voteId}/result`)).status < 500;
    const i = nextVoter++;
    const [token, csrf] = voters[i];
    const r = await fetch(`${base}/api/votes/${voteId}/ballots`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: `md_session=${token}`, 'x-csrf-token': csrf }, body: ballots[i],
    });
    await r.arrayBuffer();
    return r.status === 201;
  }],
];
async function prepareSignIn() {
  const r = await client.request('POST', '/api/auth/login', { body: JSON.stringify({ username: 'member', password: member.password }) });
  return r.status === 200;
}
const weights = mix.reduce((a, [w]) => a + w, 0);
function choose() {
  let x = Math.random() * weights;
  for (const [w, f] of mix) if ((x -= w) < 0) return f;
  return mix[0][1];
}

writeFileSync(`${out}/soak.csv`, 'minute,requests,errors,p50_ms,p99_ms,rss_mb\n');
const started = Date.now();
let minute = { lat: [], errors: 0 };
let totalRequests = 0;
let totalErrors = 0;
const rss = () => {
  const m = readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
  return m ? Number(m[1]) / 1024 : 0;
};
const rssSamples = [];
const inflight = new Set();
for (let m = 1; m <= MINUTES; m++) {
  const end = started + m * 60_000;
  while (Date.now() < end) {
    const t0 = performance.now();
    n++;
    const p = choose()().then((ok) => { if (!ok) minute.errors++; }, () => { minute.errors++; })
      .finally(() => { minute.lat.push(performance.now() - t0); inflight.delete(p); });
    inflight.add(p);
    await sleep(1000 / RATE);
  }
  await Promise.all(inflight);
  const lat = minute.lat.sort((a, b) => a - b);
  const at = (q) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(lat.length * q))] : 0);
  const r = rss();
  rssSamples.push(r);
  appendFileSync(`${out}/soak.csv`, `${m},${lat.length},${minute.errors},${at(0.5).toFixed(2)},${at(0.99).toFixed(2)},${r.toFixed(1)}\n`);
  totalRequests += lat.length;
  totalErrors += minute.errors;
  minute = { lat: [], errors: 0 };
}
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
const audit = md('audit', 'verify').trim();
const rows = readFileSync(`${out}/soak.csv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
const p99s = rows.map((r) => r[4]);
console.log(JSON.stringify({
  minutes: MINUTES, rate: RATE, requests: totalRequests, errors: totalErrors, ballots: Math.min(nextVoter, voters.length),
  p99FirstMinute: p99s[0], p99LastMinute: p99s.at(-1), p99Max: Math.max(...p99s),
  rssFirstMinuteMb: rssSamples[0], rssLastMinuteMb: rssSamples.at(-1), rssMaxMb: Math.max(...rssSamples), audit,
}));
process.exit(totalErrors === 0 ? 0 : 1);
