#!/usr/bin/env node
// Disk full during writes (issue 12, Faults): the SQLite database and data folder live on a
// small tmpfs; 16 clients submit public opinions until the disk is full, keep trying for a few
// seconds, then the tmpfs is grown (space returns) and they go on — the server is never
// restarted. Checks: while full, every refused write is a 503 with a message (never a hang or
// a 500); after space returns, writes succeed again; every acknowledged opinion is found; the
// database passes `PRAGMA integrity_check` and `mingdeng audit verify`.
// Usage (root; tests/faults/disk-full.sh mounts the tmpfs): node tests/faults/disk-full.mjs BIN MOUNT
import { execFileSync, spawn } from 'node:child_process';
import { freePort, missingOpinions, waitReady } from '../api/lib/server.mjs';
import { join } from 'node:path';
import { Client } from '../api/lib/client.mjs';

const [bin, mount] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const db = join(mount, 'md.db');
const md = (...args) => execFileSync(bin, ['--database', db, '--data-dir', mount, ...args], { encoding: 'utf8' });
const port = await freePort();
md('demo');
for (const [k, v] of [['opinions.public_per_ip_hour', 100000], ['opinions.public_per_device_hour', 100000],
  ['opinions.lookup_per_ip_10min', 100000], ['opinions.public_queue_max', 1000000]]) md('setting', k, String(v));
const server = spawn(bin, ['--database', db, '--data-dir', mount, 'serve', '--port', String(port), '--web-root', ''],
  { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
await waitReady(base);
const client = new Client(base);
const options = (await client.request('GET', '/api/public/opinions/options')).json;
const pick = (list) => list[0].value ?? list[0];
const filler = '路灯不亮，夜间出行不安全，请尽快维修。'.repeat(60);  // ~3.4 KB of UTF-8

let phase = 'filling';
let stop = false;
let fullSince = null;
const answers = { filling: {}, full: {}, after: {} };
const acked = [];
let n = 0;
const workers = Array.from({ length: 16 }, async () => {
  while (!stop) {
    const i = n++;
    const p = phase;
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), 15_000);
    let res;
    try {
      res = await client.request('POST', '/api/public/opinions', {
        signal: ac.signal,
        body: JSON.stringify({ category: pick(options.categories), town: pick(options.towns), content: `${i} ${filler}` }),
      });
    } catch (e) {
      res = { status: `error ${e.name}` };
    }
    clearTimeout(timer);
    const key = res.json?.code ? `${res.status} ${res.json.code}` : String(res.status);
    answers[p][key] = (answers[p][key] ?? 0) + 1;
    if (res.status === 201) acked.push(res.json.queryCode);
    else if (p === 'filling' && fullSince === null) fullSince = Date.now();
    if (res.status !== 201) await sleep(50);
  }
});

while (fullSince === null) await sleep(100);
phase = 'full';
await sleep(4000);
execFileSync('mount', ['-o', 'remount,size=256m', mount]);
phase = 'after';
await sleep(4000);
stop = true;
await Promise.all(workers);

const lost = await missingOpinions(client, acked);
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
const integrity = execFileSync('sqlite3', [db, 'PRAGMA integrity_check'], { encoding: 'utf8' }).trim();
const audit = md('audit', 'verify').trim();

const bad = Object.keys(answers.full).filter((k) => k !== '201' && !k.startsWith('503'));
const figures = { answers, opinionsAcked: acked.length, opinionsLost: lost, integrity, audit };
console.log(JSON.stringify(figures));
const ok = bad.length === 0 && Object.keys(answers.full).some((k) => k.startsWith('503')) && (answers.after['201'] ?? 0) > 0 &&
  lost === 0 && integrity === 'ok';
process.exit(ok ? 0 : 1);
