#!/usr/bin/env node
// PostgreSQL stopped mid-load (issue 12, Faults): while 16 clients read a staff list and
// submit public opinions, the database is stopped (`pg_ctl stop -m immediate`, a crash) for a
// few seconds and started again. The server is not restarted. Checks: while the database is
// down every answer is 503 with a message (never a hang, never another 5xx), and quickly (p99
// reported, max < the 3 s connect timeout + 1 s); once it is back, requests succeed again
// without a restart; every opinion acknowledged before, during and after is found.
// Usage: node tests/faults/db-down.mjs BIN PG_DIR PG_URL [DOWN_SECONDS=5]
//   (PG_DIR, PG_URL: a cluster from `scripts/pg-throwaway.sh start PG_DIR PORT`)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort, missingOpinions, waitReady } from '../api/lib/server.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '../api/lib/client.mjs';
import { prepareAccount } from '../api/lib/accounts.mjs';

const [bin, pgDir, pgUrl, downArg = '5'] = process.argv.slice(2);
const DOWN_MS = Number(downArg) * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const dir = mkdtempSync(join(tmpdir(), 'md-dbdown-'));
const pgBin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
const pgCtl = (...args) => execFileSync('runuser', ['-u', 'postgres', '--', `${pgBin}/pg_ctl`, '-D', `${pgDir}/data`, ...args],
  { stdio: 'ignore' });
const md = (...args) => execFileSync(bin, ['--database', pgUrl, '--data-dir', dir, ...args], { encoding: 'utf8' });

const port = await freePort();
execFileSync('psql', [pgUrl, '-q', '-c', 'DROP SCHEMA public CASCADE; CREATE SCHEMA public'], { stdio: 'ignore' });
md('demo');
for (const [k, v] of [['opinions.public_per_ip_hour', 100000], ['opinions.public_per_device_hour', 100000],
  ['opinions.lookup_per_ip_10min', 100000], ['opinions.public_queue_max', 1000000], ['security.login_rate_per_ip', 1000]]) md('setting', k, String(v));
const server = spawn(bin, ['--database', pgUrl, '--data-dir', dir, 'serve', '--port', String(port), '--web-root', ''],
  { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
await waitReady(base);
const client = new Client(base);
const clerk = (await prepareAccount(client, 'clerk')).session;
const options = (await client.request('GET', '/api/public/opinions/options')).json;
const pick = (list) => list[0].value ?? list[0];

let phase = 'before';
let stop = false;
const seen = { before: {}, down: {}, after: {} };
const downLatencies = [];
const acked = [];
let n = 0;
const workers = Array.from({ length: 16 }, async (_, w) => {
  while (!stop) {
    const i = n++;
    const p = phase;
    const t0 = performance.now();
    let res;
    try {
      res = w % 2 === 0
        ? await client.request('GET', '/api/people?pageSize=20', { session: clerk })
        : await client.request('POST', '/api/public/opinions', {
          body: JSON.stringify({ category: pick(options.categories), town: pick(options.towns), content: `数据库故障测试 ${i}：路灯不亮请维修` }),
        });
    } catch (e) {
      res = { status: `error ${e.code ?? e.message}` };
    }
    const ms = performance.now() - t0;
    const key = res.status === 503 ? `503 ${res.json?.code}` : String(res.status);
    seen[p][key] = (seen[p][key] ?? 0) + 1;
    if (p === 'down' && phase === 'down') downLatencies.push(ms);
    if (res.status === 201) acked.push(res.json.queryCode);
    if (res.status === 503) await sleep(20);
  }
});

await sleep(2000);
phase = 'down';
const downAt = Date.now();
pgCtl('-m', 'immediate', '-w', 'stop');
await sleep(DOWN_MS);
pgCtl('-w', '-l', `${pgDir}/log`, '-o', `-p ${new URL(pgUrl).port} -k ${pgDir} -c listen_addresses=127.0.0.1`, 'start');
const upAt = Date.now();
phase = 'after';
let firstOkAfter = null;
while (firstOkAfter === null) {
  const r = await client.request('GET', '/api/people?pageSize=1', { session: clerk });
  if (r.status === 200) firstOkAfter = Date.now() - upAt;
  else await sleep(50);
}
await sleep(3000);
stop = true;
await Promise.all(workers);

const lost = await missingOpinions(client, acked);
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dir, { recursive: true, force: true });

downLatencies.sort((a, b) => a - b);
const downOther = Object.entries(seen.down).filter(([k]) => !k.startsWith('503') && k !== '200' && k !== '201');
const figures = {
  downSeconds: (upAt - downAt) / 1000, answers: seen,
  downP99Ms: Math.round(downLatencies[Math.floor(downLatencies.length * 0.99)] ?? 0), downMaxMs: Math.round(downLatencies.at(-1) ?? 0),
  recoveredMsAfterStart: firstOkAfter, opinionsAcked: acked.length, opinionsLost: lost,
};
console.log(JSON.stringify(figures));
const ok = downOther.length === 0 && (seen.down['503 server.unavailable'] ?? 0) > 0 && figures.downMaxMs < 4000 &&
  (seen.after['200'] ?? 0) > 0 && lost === 0;
process.exit(ok ? 0 : 1);
