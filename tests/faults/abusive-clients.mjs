#!/usr/bin/env node
// Slow and abusive clients (issue 12, Faults): while IDLE connections sit open doing nothing,
// SLOW slowloris connections send one header byte every 2 s, 50 clients send 1 MB headers and
// 20 clients trickle a 1 GB body, a normal user keeps working (a signed-in staff list read and
// the public portal's status). Every normal request must be answered correctly; their p50/p99
// with and without the abuse are reported (figures for docs/RELIABILITY.md, not assertions).
// Usage: node tests/faults/abusive-clients.mjs BIN [IDLE=10000] [SLOW=500]
//   (raise the open-file limit first: tests/faults/abusive-clients.sh does)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { freePort, waitReady } from '../api/lib/server.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '../api/lib/client.mjs';
import { prepareAccount } from '../api/lib/accounts.mjs';

const [bin, idleArg = '10000', slowArg = '500'] = process.argv.slice(2);
const IDLE = Number(idleArg);
const SLOW = Number(slowArg);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const dir = mkdtempSync(join(tmpdir(), 'md-abuse-'));
const md = (...args) => execFileSync(bin, ['--database', join(dir, 'md.db'), '--data-dir', dir, ...args], { encoding: 'utf8' });
const port = await freePort();
md('demo');
md('setting', 'security.login_rate_per_ip', '1000');
const server = spawn(bin, ['--database', join(dir, 'md.db'), '--data-dir', dir, 'serve', '--port', String(port), '--web-root', ''],
  { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
await waitReady(base);
const client = new Client(base);
const clerk = (await prepareAccount(client, 'clerk')).session;

/** 300 normal requests one after another; answers {p50, p99, max, failures}. */
async function normalUser() {
  const ms = [];
  let failures = 0;
  for (let i = 0; i < 300; i++) {
    const t0 = performance.now();
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), 10_000);
    try {
      const r = i % 2 ? await client.request('GET', '/api/people?pageSize=20', { session: clerk, signal: ac.signal })
        : await client.request('GET', '/readyz', { signal: ac.signal });
      if (r.status !== 200) failures++;
    } catch {
      failures++;
    }
    clearTimeout(timer);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const at = (p) => Math.round(ms[Math.min(ms.length - 1, Math.floor(ms.length * p))] * 10) / 10;
  return { p50: at(0.5), p99: at(0.99), max: Math.round(ms.at(-1)), failures };
}

const sockets = [];
const open = () => new Promise((ok) => {
  const s = net.connect(port, '127.0.0.1', () => ok(s));
  s.on('error', () => ok(s));
  s.on('close', () => { s.closedByServer = true; });
  sockets.push(s);
});

const baseline = await normalUser();
// 1. Idle connections: connected, never a byte.
let opened = 0;
for (let i = 0; i < IDLE; i += 500) {
  await Promise.all(Array.from({ length: Math.min(500, IDLE - i) }, open));
  opened = Math.min(IDLE, i + 500);
}
// 2. Slowloris: a request line, then one header byte every 2 s.
const slow = [];
for (let i = 0; i < SLOW; i++) {
  const s = await open();
  s.write('GET /api/auth/me HTTP/1.1\r\nHost: x\r\nX-Slow: ');
  slow.push(s);
}
const drip = setInterval(() => { for (const s of slow) if (!s.destroyed) s.write('a'); }, 2000);
// 3. Huge headers and 4. trickled huge bodies.
for (let i = 0; i < 50; i++) (await open()).write(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(1 << 20)}\r\n\r\n`);
const trickle = [];
for (let i = 0; i < 20; i++) {
  const s = await open();
  s.write('POST /api/public/opinions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n{"content":"');
  trickle.push(s);
}
const trickleTimer = setInterval(() => { for (const s of trickle) if (!s.destroyed) s.write('x'.repeat(1024)); }, 500);
await sleep(1000);
const underAbuse = await normalUser();
await sleep(31_000);  // past the server's 30 s read limit: the abusers should be gone
const closed = sockets.filter((s) => s.closedByServer || s.destroyed).length;
const afterLimit = await normalUser();
clearInterval(drip);
clearInterval(trickleTimer);
for (const s of sockets) s.destroy();
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dir, { recursive: true, force: true });

const figures = { idle: opened, slowloris: SLOW, hugeHeaders: 50, trickledBodies: 20, baseline, underAbuse, afterReadLimit: afterLimit,
  abusiveConnectionsClosedByServerAfter31s: `${closed} of ${sockets.length}` };
console.log(JSON.stringify(figures));
process.exit(underAbuse.failures === 0 && afterLimit.failures === 0 && baseline.failures === 0 ? 0 : 1);
