#!/usr/bin/env node
// The attack corpus (issue 12): tries, through the HTTP API of a demo server, what an attacker
// would — and counts every attempt. A finding is any 5xx, any database error text in an answer,
// a guarded action that went through, or a file outside the web root served. Zero findings pass.
//   sql        SQL-injection payloads in every documented query parameter (incl. sort/order) of
//              every GET route and in every string field of every JSON body, as a permitted role
//   csrf       every state-changing route with a valid session but no CSRF token → 403
//   session    a cookie reused after sign-out → 401; a cookie planted before sign-in is replaced
//   idor       a branch officer reading/changing people outside the branch (by id) → 403/404
//              (another tenant's objects: tests/api/tenancy.mjs)
//   traversal  ../ in every spelling on static files, the portal and attachments
//   unicode    invalid UTF-8, overlong encodings, lone surrogates, huge strings and nesting
//   brute      sign-in passwords, opinion query codes and meeting sign-in codes: limits hold
// Usage: MD_BIN=build/mingdeng [MD_PG_URL=…] [MD_BACKENDS=sqlite,postgres] node tests/security/attack-corpus.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Session } from '../api/lib/client.mjs';
import { ACCOUNTS, NEW_PASSWORD, prepareAll } from '../api/lib/accounts.mjs';
import { allows, matrixFiles, parseMatrix } from '../api/lib/matrix.mjs';
import { cli, freePort, freshDatabase } from '../api/lib/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, '..', '..', process.env.MD_BIN ?? 'build/mingdeng');
const pgUrl = process.env.MD_PG_URL;
const backends = (process.env.MD_BACKENDS ?? 'sqlite,postgres').split(',').map((s) => s.trim());

const SQLI = [
  "' OR '1'='1", "1' OR 1=1 --", "1; DROP TABLE users; --", "' UNION SELECT password_hash FROM users --",
  '1) OR (1=1', "name DESC; SELECT pg_sleep(5)--", "'||(SELECT sqlite_version())||'", '%27%20OR%201=1',
  "\\'; DELETE FROM audit_log; --", 'id ASC, (SELECT 1/0)',
];
const DB_ERROR = /sqlite|syntax error|SQLSTATE|ERROR:\s|unterminated quoted|near ".*": |pq_|no such column|column .* does not exist/i;
// Routes that end the session or the account state the rest of the run depends on.
const SKIP_WRITES = /^(POST \/api\/auth\/|DELETE |PUT \/api\/users\/\{id\}\/roles|POST \/api\/users\/\{id\}\/(lock|reset)|PUT \/api\/settings\/)/;

/** An answer without the payloads it may echo (a search shows what was searched for). */
function withoutPayloads(text) {
  return SQLI.reduce((t, p) => t.split(p).join('').split(JSON.stringify(p).slice(1, -1)).join(''), text);
}

/** One raw request (no URL normalisation: ../ and %2e%2e reach the server as typed). */
function raw(port, method, path, { headers = {}, body } = {}) {
  return new Promise((ok, fail) => {
    const h = { ...headers };
    if (body !== undefined) h['Content-Length'] = Buffer.byteLength(body);
    const req = http.request({ host: '127.0.0.1', port, method, path, headers: h }, (r) => {
      const chunks = [];
      r.on('data', (c) => chunks.push(c));
      r.on('end', () => ok({ status: r.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** A body where every string is `payload`, following the route's documented schema. */
function bodyFrom(schema, payload, depth = 0) {
  if (!schema || depth > 4) return payload;
  if (schema.type === 'object' || schema.properties) {
    const o = {};
    for (const [k, s] of Object.entries(schema.properties ?? {})) o[k] = bodyFrom(s, payload, depth + 1);
    return o;
  }
  if (schema.type === 'array') return [bodyFrom(schema.items, payload, depth + 1)];
  if (schema.type === 'integer' || schema.type === 'number') return 1;
  if (schema.type === 'boolean') return true;
  return payload;
}

class Run {
  constructor(t) {
    this.t = t;
    this.attempts = {};
    this.findings = [];
  }
  count(kind, n = 1) {
    this.attempts[kind] = (this.attempts[kind] ?? 0) + n;
  }
  finding(kind, what) {
    this.findings.push(`${kind}: ${what}`);
  }
  check(kind, label, res) {
    this.count(kind);
    if (res.status >= 500) this.finding(kind, `${label} → ${res.status} ${res.text.slice(0, 120)}`);
    else if (DB_ERROR.test(withoutPayloads(res.text))) this.finding(kind, `${label} → database error text: ${res.text.slice(0, 120)}`);
  }
}

async function sqlInjection(run, env) {
  for (const route of env.matrix) {
    if (route.access === 'public' && route.method !== 'GET') continue;  // public writes: below
    const who = route.access === 'public' ? null : route.access === 'all' ? 'member'
      : Object.keys(ACCOUNTS).find((u) => allows(route, ACCOUNTS[u]));
    if (route.access !== 'public' && !who) continue;
    const session = who ? env.sessions.get(who) : null;
    const op = env.openapi.paths[route.path]?.[route.method.toLowerCase()];
    const path = route.path.replace(/\{(\w+)\}/g, (_, n) => (n === 'id' || n.endsWith('Id') ? '1' : 'general.organization_name'));
    if (route.method === 'GET') {
      const names = (op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      for (const name of new Set([...names, 'q', 'sort', 'order'])) {
        for (const p of SQLI) {
          const res = await env.client.request('GET', `${path}${path.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(p)}`, { session });
          run.check('sql', `GET ${route.path} ?${name}=${p}`, res);
        }
      }
    } else if (!SKIP_WRITES.test(route.key) && !route.path.includes('/auth/')) {
      const schema = op?.requestBody?.content?.['application/json']?.schema;
      if (!schema) continue;
      for (const p of SQLI.slice(0, 4)) {
        const res = await env.client.request(route.method, path, { session, body: JSON.stringify(bodyFrom(schema, p)) });
        run.check('sql', `${route.key} body=${p}`, res);
      }
    }
  }
  // Public writes, anonymous: the opinion form and the query-code lookup.
  for (const p of SQLI) {
    run.check('sql', 'POST /api/public/opinions', await env.client.request('POST', '/api/public/opinions', {
      body: JSON.stringify({ category: p, town: p, place: p, content: `${p} 路灯坏了很久没人修理请尽快处理`, contactName: p, contactPhone: p }),
    }));
  }
  // The payloads were stored as text, never run: the users table is still there and complete.
  const users = await env.client.request('GET', '/api/users?pageSize=1', { session: env.sessions.get('admin') });
  if (users.status !== 200 || !(users.json?.total >= Object.keys(ACCOUNTS).length)) run.finding('sql', `users table damaged: ${users.status} ${users.text.slice(0, 80)}`);
}

async function csrf(run, env) {
  for (const route of env.matrix) {
    if (route.method === 'GET' || route.access === 'public' || SKIP_WRITES.test(route.key)) continue;
    const who = route.access === 'all' ? 'member' : Object.keys(ACCOUNTS).find((u) => allows(route, ACCOUNTS[u]));
    if (!who) continue;
    const path = route.path.replace(/\{(\w+)\}/g, (_, n) => (n === 'id' || n.endsWith('Id') ? '1' : 'general.organization_name'));
    const res = await env.client.request(route.method, path, {
      session: env.sessions.get(who), headers: { 'X-CSRF-Token': null }, body: '{}',
    });
    run.count('csrf');
    if (res.status !== 403 || res.json?.code !== 'auth.csrf') run.finding('csrf', `${route.key} without token → ${res.status} ${res.json?.code}`);
  }
}

async function sessions(run, env) {
  const { client } = env;
  const admin = env.sessions.get('admin');
  const made = await client.request('POST', '/api/users', {
    session: admin, body: JSON.stringify({ username: 'attack_victim', displayName: '测试', roles: ['member'] }),
  });
  assert.equal(made.status, 201, made.text);
  const password = made.json.initialPassword;
  // Fixation: a cookie planted before sign-in must not become the session.
  const victim = new Session('attack_victim');
  victim.cookies.set('md_session', 'planted-by-attacker-0123456789abcdef');
  await client.request('POST', '/api/auth/login', { session: victim, body: JSON.stringify({ username: 'attack_victim', password }) });
  run.count('session');
  if (victim.cookies.get('md_session') === 'planted-by-attacker-0123456789abcdef') run.finding('session', 'planted session cookie kept after sign-in');
  const planted = new Session('planted');
  planted.cookies.set('md_session', 'planted-by-attacker-0123456789abcdef');
  run.count('session');
  if ((await client.request('GET', '/api/auth/me', { session: planted })).status !== 401) run.finding('session', 'planted cookie is signed in');
  // Reuse after sign-out.
  const stolen = new Session('stolen');
  stolen.cookies = new Map(victim.cookies);
  await client.request('POST', '/api/auth/logout', { session: victim, body: '{}' });
  run.count('session');
  const after = await client.request('GET', '/api/auth/me', { session: stolen });
  if (after.status !== 401) run.finding('session', `cookie still valid after sign-out: ${after.status}`);
  return password;
}

async function idor(run, env) {
  const all = await env.client.request('GET', '/api/people?pageSize=100', { session: env.sessions.get('leader') });
  const mine = await env.client.request('GET', '/api/people?pageSize=100', { session: env.sessions.get('branch') });
  const own = new Set((mine.json?.items ?? []).map((p) => p.id));
  const others = (all.json?.items ?? []).filter((p) => !own.has(p.id)).slice(0, 15);
  assert.ok(others.length > 0, 'the demo has people outside the branch officer\'s branch');
  for (const p of others) {
    for (const [method, path, body] of [['GET', `/api/people/${p.id}`], ['POST', `/api/people/${p.id}/reveal`, '{}'],
      ['PUT', `/api/people/${p.id}`, JSON.stringify({ name: '改名' })]]) {
      const res = await env.client.request(method, path, { session: env.sessions.get('branch'), body });
      run.count('idor');
      if (res.status < 400 || res.status >= 500) run.finding('idor', `branch officer ${method} ${path} → ${res.status}`);
    }
  }
}

async function traversal(run, env) {
  const paths = [
    '/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/..%5c..%5c..%5cetc%5cpasswd', '//etc/passwd',
    '/assets/....//....//....//etc/passwd', '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', '/portal/../../../etc/passwd',
    '/portal/..%2f..%2f..%2fetc%2fpasswd', '/api/files/..%2f..%2f..%2fetc%2fpasswd', '/api/attachments/..%2f..%2fmingdeng.key',
    '/index.html%00.png', '/.env', '/../mingdeng.key', '/%2e%2e/mingdeng.key',
  ];
  for (const p of paths) {
    const res = await raw(env.port, 'GET', p);
    run.count('traversal');
    if (res.status >= 500 || /root:.*:0:0:/.test(res.text) || res.text.includes(env.secret)) run.finding('traversal', `${p} → ${res.status} ${res.text.slice(0, 60)}`);
  }
}

async function unicode(run, env) {
  const login = (buf) => raw(env.port, 'POST', '/api/auth/login', { headers: { 'Content-Type': 'application/json' }, body: buf });
  const bodies = [
    Buffer.from([0x7b, 0x22, 0x75, 0x73, 0x65, 0x72, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0xff, 0xfe, 0x22, 0x7d]),
    Buffer.from('{"username":"\\ud800","password":"\\udfff"}'), Buffer.from('{"username":"a\\u0000b","password":"x"}'),
    Buffer.from(`{"username":"${'长'.repeat(200000)}","password":"x"}`), Buffer.from(`${'['.repeat(100000)}${']'.repeat(100000)}`),
    Buffer.from('{"username":"admin","username":"member","password":"x"}'), Buffer.from('\xef\xbb\xbf{"username":1e999999}'),
    Buffer.alloc(3 << 20, 0x61),
  ];
  for (const b of bodies) {
    const res = await login(b);
    run.count('unicode');
    if (res.status >= 500 || res.status === 200) run.finding('unicode', `login body (${b.length} bytes) → ${res.status} ${res.text.slice(0, 80)}`);
  }
  const big = await raw(env.port, 'GET', '/api/auth/me', { headers: { 'X-Long': 'x'.repeat(100000) } }).catch(() => ({ status: 0, text: '' }));
  run.count('unicode');
  if (big.status >= 500) run.finding('unicode', `100 KB header → ${big.status}`);
  const ready = await raw(env.port, 'GET', '/readyz');
  if (ready.status !== 200) run.finding('unicode', `server not ready after malformed input: ${ready.status}`);
}

async function brute(run, env, victimPassword) {
  const { client } = env;
  // Passwords: a fresh browser guessing an account's password is locked out, and the real
  // password then fails too until the lock ends.
  let locked = false;
  for (let i = 0; i < 25; i++) {
    const res = await client.request('POST', '/api/auth/login', { body: JSON.stringify({ username: 'attack_victim', password: `Guess#${i}abcdef` }) });
    run.count('brute');
    if (res.status === 429 || res.status === 423 || res.json?.code?.includes('locked')) locked = true;
    if (res.status === 200) run.finding('brute', 'a guessed password signed in');
  }
  const real = await client.request('POST', '/api/auth/login', { body: JSON.stringify({ username: 'attack_victim', password: victimPassword }) });
  if (!locked || real.status === 200) run.finding('brute', `25 wrong passwords did not lock the account (real password then → ${real.status})`);
  // Query codes: 30 lookups per IP per 10 minutes by default.
  let limited = false;
  for (let i = 0; i < 40 && !limited; i++) {
    const res = await client.request('POST', '/api/public/opinions/track', { body: JSON.stringify({ code: `ZZ${String(100000 + i)}` }) });
    run.count('brute');
    if (res.status === 429) limited = true;
    if (res.status === 200) run.finding('brute', 'a guessed query code found an opinion');
  }
  if (!limited) run.finding('brute', '40 wrong query codes were not limited');
  // Meeting sign-in codes: ten failures in ten minutes lock the member out of codes.
  limited = false;
  for (let i = 0; i < 15 && !limited; i++) {
    const res = await client.request('POST', '/api/signin', { session: env.sessions.get('member'), body: JSON.stringify({ meetingId: 1, code: String(100000 + i) }) });
    run.count('brute');
    if (res.status === 429) limited = true;
    if (res.status === 200) run.finding('brute', 'a guessed sign-in code signed in');
  }
  if (!limited) run.finding('brute', '15 wrong sign-in codes were not limited');
}

for (const backend of ['sqlite', 'postgres']) {
  const skip = !backends.includes(backend) ? 'not in MD_BACKENDS' : backend === 'postgres' && !pgUrl ? 'MD_PG_URL is not set' : false;
  test(`attack corpus on ${backend}`, { skip }, async (t) => {
    const db = await freshDatabase(backend, pgUrl);
    const webRoot = join(db.dir, 'web');
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>明灯</title>');
    let proc;
    let log = '';
    try {
      const demo = await cli(bin, db.database, db.dataDir, ['demo']);
      assert.equal(demo.code, 0, demo.stderr);
      const port = await freePort();
      proc = spawn(bin, ['--database', db.database, '--data-dir', db.dataDir, 'serve', '--port', String(port), '--web-root', webRoot]);
      proc.stdout.on('data', (d) => { log += d; });
      proc.stderr.on('data', (d) => { log += d; });
      for (let i = 0; i < 100; i++) {
        if ((await raw(port, 'GET', '/readyz').catch(() => ({ status: 0 }))).status === 200) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const client = new Client(`http://127.0.0.1:${port}`);
      const accounts = await prepareAll(client);
      const env = { client, port, sessions: new Map([...accounts].map(([n, a]) => [n, a.session])), secret: NEW_PASSWORD };
      env.matrix = parseMatrix(matrixFiles(join(here, '..', 'api')));
      env.openapi = (await client.request('GET', '/api/openapi.json')).json;
      const run = new Run(t);
      await brute(run, env, await sessions(run, env));  // before the sign-in limit is lifted
      await client.request('PUT', '/api/settings/security.login_rate_per_ip', { session: env.sessions.get('secadmin'), body: '{"value":1000}' });
      await csrf(run, env);
      await idor(run, env);
      await traversal(run, env);
      await unicode(run, env);
      await sqlInjection(run, env);
      const chain = await client.request('GET', '/api/audit/verify', { session: env.sessions.get('auditor') });
      if (!chain.json?.ok) run.finding('audit', `audit chain after the run: ${chain.text.slice(0, 100)}`);
      const total = Object.values(run.attempts).reduce((a, b) => a + b, 0);
      t.diagnostic(`${backend}: ${total} attempts (${Object.entries(run.attempts).map(([k, v]) => `${k} ${v}`).join(', ')}), ${run.findings.length} finding(s)`);
      assert.deepEqual(run.findings, [], 'every attack is refused without a server error');
    } catch (e) {
      t.diagnostic(`server log (tail): ${log.slice(-2000)}`);
      throw e;
    } finally {
      if (proc && proc.exitCode === null) proc.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      db.cleanup();
    }
  });
}
