#!/usr/bin/env node
// kill -9 during a deputies' voting storm and during public opinion submissions (issue 12).
// The server is killed KILLS times in each phase at random moments while 64 clients write, and
// restarted each time. Afterwards:
//   votes      every acknowledged ballot (201 + receipt) is on the board; every deputy's ballot
//              is on the board exactly once (a ballot committed but not acknowledged before the
//              kill is refused as "already voted" when re-sent — never counted twice); the vote
//              closes, the scrutineers decrypt, the result is certified and `verify-vote`
//              rechecks the export (board chain, proofs, counts);
//   opinions   every acknowledged opinion's query code finds it, with its text;
//   audit      `mingdeng audit verify` passes.
// Usage: node tests/faults/kill9.mjs BIN FIXTURE_DIR VOTE_ID [KILLS=20]
//   (FIXTURE_DIR from `md_bench_vote DIR DEPUTIES PROJECTS`: md.db, voters.tsv, ballots.jsonl,
//   staff.tsv; tests/faults/kill9.sh builds it.) Prints one JSON line of figures.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { freePort } from '../api/lib/server.mjs';

const [bin, dir, voteId, killsArg = '20'] = process.argv.slice(2);
const KILLS = Number(killsArg);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const staff = Object.fromEntries(readFileSync(`${dir}/staff.tsv`, 'utf8').trim().split('\n').map((l) => {
  const [name, token, csrf] = l.split('\t');
  return [name, { token, csrf }];
}));
const voters = readFileSync(`${dir}/voters.tsv`, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const ballots = readFileSync(`${dir}/ballots.jsonl`, 'utf8').trim().split('\n');
const md = (...args) => execFileSync(bin, ['--database', `${dir}/md.db`, '--data-dir', dir, ...args], { encoding: 'utf8' });

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let server;
let up = false;
const restarts = [];

async function start() {
  const t0 = Date.now();
  server = spawn(bin, ['--database', `${dir}/md.db`, '--data-dir', dir, 'serve', '--port', String(port), '--web-root', ''],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  for (;;) {
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) break;
    } catch { /* not yet listening */ }
    await sleep(20);
  }
  restarts.push(Date.now() - t0);
  up = true;
}

/** Kills the server KILLS times at random moments while `busy()` holds, restarting it each time. */
async function killer(busy, minMs, maxMs) {
  let kills = 0;
  while (kills < KILLS && busy()) {
    await sleep(minMs + Math.random() * (maxMs - minMs));
    if (!busy()) break;
    up = false;
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));
    kills++;
    await start();
  }
  return kills;
}

async function call(method, path, who, body) {
  const headers = { 'content-type': 'application/json' };
  if (who) Object.assign(headers, { cookie: `md_session=${who.token}`, 'x-csrf-token': who.csrf });
  const res = await fetch(base + path, { method, headers, body });
  return { status: res.status, json: await res.json().catch(() => null) };
}

async function voteStorm() {
  const pending = voters.map((_, i) => i);
  const acked = new Map();  // voter index → ballot hash
  let committedUnacked = 0;
  const workers = Array.from({ length: 64 }, async () => {
    while (pending.length) {
      const i = pending.shift();
      const [token, csrf] = voters[i];
      try {
        const r = await call('POST', `/api/votes/${voteId}/ballots`, { token, csrf }, ballots[i]);
        if (r.status === 201) {
          acked.set(i, r.json.hash);
          appendFileSync(`${dir}/acked-ballots.tsv`, `${i}\t${r.json.hash}\n`);
        } else if (r.status === 409 && ['votes.already_voted', 'ballot.replayed'].includes(r.json?.code)) {
          committedUnacked++;  // stored before the kill, its answer lost with the connection
        } else if (r.status === 503) {
          pending.push(i);
          await sleep(50);
        } else {
          throw new Error(`ballot ${i}: ${r.status} ${JSON.stringify(r.json)}`);
        }
      } catch (e) {
        if (e.message.startsWith('ballot')) throw e;
        pending.push(i);  // the connection died with the server: send it again
        while (!up) await sleep(20);
      }
    }
  });
  const kills = killer(() => pending.length > 0, 30, 300);  // ballots are fast: kill soon
  await Promise.all(workers);
  return { kills: await kills, acked, committedUnacked };
}

async function certify() {
  const teller = staff.teller;
  let r = await call('POST', `/api/votes/${voteId}/close`, teller, '');
  if (r.status !== 200) throw new Error(`close: ${r.status} ${JSON.stringify(r.json)}`);
  const uid = (await call('GET', `/api/votes/${voteId}`, teller)).json.uid;
  for (const [i, who] of [[1, 'leader'], [2, 'branch']]) {
    const tally = await fetch(`${base}/api/votes/${voteId}/tally`, { headers: { cookie: `md_session=${staff[who].token}` } }).then((x) => x.text());
    const partial = execFileSync(bin, ['ballot-tool', 'partial', '--uid', uid, '--index', String(i), '--secret',
      staff[`secret${i}`].token, '--tally', tally], { encoding: 'utf8' });
    r = await call('POST', `/api/votes/${voteId}/partial`, staff[who], partial);
    if (r.status !== 200 && r.status !== 201) throw new Error(`partial ${i}: ${r.status} ${JSON.stringify(r.json)}`);
  }
  if (!r.json.certified) throw new Error('the result was not certified');
  const exported = await fetch(`${base}/api/votes/${voteId}/export`).then((x) => x.text());
  writeFileSync(`${dir}/export.json`, exported);
  md('verify-vote', `${dir}/export.json`);  // throws on a non-zero exit
  return JSON.parse(exported);
}

async function opinionStorm() {
  const options = (await call('GET', '/api/public/opinions/options')).json;
  const pick = (list) => list[0].value ?? list[0];
  const [category, town] = [pick(options.categories), pick(options.towns)];
  const acked = [];
  let sent = 0;
  let stop = false;
  const workers = Array.from({ length: 64 }, async (_, w) => {
    while (!stop) {
      const n = sent++;
      const content = `第${n}号：小区路灯不亮已有两周，夜间出行不安全，请尽快维修。（故障测试 ${w}-${n}）`;
      try {
        const r = await call('POST', '/api/public/opinions', null, JSON.stringify({ category, town, content }));
        if (r.status === 201) {
          acked.push({ code: r.json.queryCode, content });
          appendFileSync(`${dir}/acked-opinions.tsv`, `${r.json.queryCode}\t${n}\n`);
        } else if (r.status !== 503) {
          throw new Error(`opinion: ${r.status} ${JSON.stringify(r.json)}`);
        }
      } catch (e) {
        if (e.message.startsWith('opinion')) throw e;
        while (!up && !stop) await sleep(20);
      }
    }
  });
  const kills = await killer(() => true, 150, 850);
  await sleep(1000);  // writes after the last restart too
  stop = true;
  await Promise.all(workers);
  return { kills, acked };
}

// Never leave a server behind when something throws.
process.on('uncaughtException', (e) => { console.error(e); server?.kill('SIGKILL'); process.exit(2); });
process.on('unhandledRejection', (e) => { console.error(e); server?.kill('SIGKILL'); process.exit(2); });

await start();
let r = await call('POST', `/api/votes/${voteId}/open`, staff.teller, '');
if (r.status !== 200) throw new Error(`open: ${r.status} ${JSON.stringify(r.json)}`);
const vote = await voteStorm();
const exported = await certify();
const onBoard = new Set(exported.ballots.map((b) => b.hash));
const lostBallots = [...vote.acked.values()].filter((h) => !onBoard.has(h)).length;
const counted = exported.ballots.length;

// Opinions: the public limits are lifted (every client is 127.0.0.1).
server.kill('SIGTERM');
await new Promise((res) => server.once('exit', res));
for (const [k, v] of [['opinions.public_per_ip_hour', 100000], ['opinions.public_per_device_hour', 100000],
  ['opinions.lookup_per_ip_10min', 100000], ['opinions.public_queue_max', 1000000]]) md('setting', k, String(v));
await start();
const opinions = await opinionStorm();
let lostOpinions = 0;
for (const o of opinions.acked) {
  const t = await call('POST', '/api/public/opinions/track', null, JSON.stringify({ code: o.code }));
  if (t.status !== 200 || !JSON.stringify(t.json).includes(o.content.slice(0, 8))) lostOpinions++;
}
server.kill('SIGTERM');
await new Promise((res) => server.once('exit', res));
const audit = md('audit', 'verify').trim();

const figures = {
  deputies: voters.length, voteKills: vote.kills, ballotsAcked: vote.acked.size, ballotsCommittedUnacked: vote.committedUnacked,
  ballotsOnBoard: counted, ballotsLost: lostBallots, countedTwice: counted - onBoard.size,
  opinionKills: opinions.kills, opinionsAcked: opinions.acked.length, opinionsLost: lostOpinions,
  restartMsMax: Math.max(...restarts), restartMsP50: restarts.sort((a, b) => a - b)[Math.floor(restarts.length / 2)], audit,
};
console.log(JSON.stringify(figures));
const ok = lostBallots === 0 && counted === voters.length && onBoard.size === counted && lostOpinions === 0 &&
  vote.kills > 0 && opinions.kills === KILLS;
process.exit(ok ? 0 : 1);
