#!/usr/bin/env node
// Multi-tenant isolation (issue 11): one deployment, two standing committees (alpha, beta) in
// their own databases, reached by host name. Proves through the HTTP API that no route lets one
// tenant's session read or write the other's data:
//   1. every route of the permission matrix, called on beta's host with each of alpha's signed-in
//      sessions (every role), is refused 401 — alpha's session does not exist in beta's database
//      — and the same the other way round and on the home host;
//   2. an object created in alpha (a user account) is not found in beta, neither in beta's list
//      nor by its id, and beta's objects of the same id stay beta's;
//   3. a write with alpha's session on beta's host changes nothing there (beta's audit log does
//      not grow).
// Runs on SQLite and, when MD_PG_URL is set, on PostgreSQL (schemas t_alpha, t_beta).
// Usage: MD_BIN=build/mingdeng [MD_PG_URL=…] [MD_BACKENDS=sqlite,postgres] node tests/api/tenancy.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import http from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Client } from './lib/client.mjs';
import { ACCOUNTS, prepareAll } from './lib/accounts.mjs';
import { concretePath, matrixFiles, parseMatrix } from './lib/matrix.mjs';
import { Server, cli, freshDatabase } from './lib/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, '..', '..', process.env.MD_BIN ?? 'build/mingdeng');
const pgUrl = process.env.MD_PG_URL;
const backends = (process.env.MD_BACKENDS ?? 'sqlite,postgres').split(',').map((s) => s.trim());
const TENANTS = { alpha: 'alpha.tenant.test', beta: 'beta.tenant.test' };

/** The same client, but every request names a Host (fetch may not set one). */
class HostClient extends Client {
  constructor(baseUrl, host) {
    super(baseUrl);
    this.host = host;
  }

  async request(method, path, { session = null, headers = {}, body } = {}) {
    const h = { Host: this.host, ...headers };
    if (session) {
      const c = session.cookieHeader();
      if (c) h.Cookie = c;
      if (method !== 'GET' && session.csrf && !('X-CSRF-Token' in h)) h['X-CSRF-Token'] = session.csrf;
    }
    if (body !== undefined) {
      h['Content-Type'] ??= 'application/json';
      h['Content-Length'] = Buffer.byteLength(body);  // node sends a DELETE body unframed otherwise
    }
    const res = await new Promise((ok, fail) => {
      const req = http.request(this.baseUrl + path, { method, headers: h }, (r) => {
        const chunks = [];
        r.on('data', (c) => chunks.push(c));
        r.on('end', () => ok({ r, bytes: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end(body);
    });
    const setCookie = res.r.headers['set-cookie'] ?? [];
    if (session) session.absorb(setCookie);
    const text = res.bytes.toString('utf8');
    let json;
    if ((res.r.headers['content-type'] ?? '').includes('json')) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return { status: res.r.statusCode, headers: res.r.headers, text, bytes: res.bytes, json };
  }
}

async function dropTenantSchemas() {
  await promisify(execFile)('psql', [pgUrl, '-q', '-v', 'ON_ERROR_STOP=1', '-c',
    'DROP SCHEMA IF EXISTS t_alpha CASCADE; DROP SCHEMA IF EXISTS t_beta CASCADE'], { timeout: 60_000 });
}

async function run(db, t) {
  const must = async (args) => {
    const r = await cli(bin, db.database, db.dataDir, args);
    assert.equal(r.code, 0, `mingdeng ${args.join(' ')}: ${r.stdout}${r.stderr}`);
    return r.stdout;
  };
  await must(['demo']);
  for (const [code, host] of Object.entries(TENANTS)) {
    await must(['tenant', 'add', '--code', code, '--name', `${code} 人大常委会`, '--host', host]);
    await must(['--tenant', code, 'demo']);
  }
  assert.match(await must(['tenant', 'list']), /alpha\t.*alpha\.tenant\.test\tactive/);
  const refused = await cli(bin, db.database, db.dataDir, ['tenant', 'add', '--code', 'gamma', '--name', 'g',
    '--host', 'BETA.tenant.test']);
  assert.notEqual(refused.code, 0, 'a host that belongs to beta must not be given to another tenant');

  const server = new Server(bin, db.database, db.dataDir);
  await server.start();
  try {
    const clients = {
      alpha: new HostClient(server.baseUrl, TENANTS.alpha),
      beta: new HostClient(server.baseUrl, `${TENANTS.beta}:${server.port}`),
      home: new HostClient(server.baseUrl, `127.0.0.1:${server.port}`),
    };
    const accounts = { alpha: await prepareAll(clients.alpha), beta: await prepareAll(clients.beta) };

    // 2. An account created in alpha exists only there.
    const adminA = accounts.alpha.get('admin').session;
    const adminB = accounts.beta.get('admin').session;
    const created = await clients.alpha.request('POST', '/api/users', {
      session: adminA, body: JSON.stringify({ username: 'alpha_only', displayName: '阿尔法', roles: ['member'] }),
    });
    assert.equal(created.status, 201, `creating a user in alpha: ${created.status} ${created.text}`);
    const newId = created.json.id;
    const listA = await clients.alpha.request('GET', '/api/users?q=alpha_only', { session: adminA });
    assert.ok(listA.text.includes('alpha_only'), "alpha's user list shows its new user");
    const listB = await clients.beta.request('GET', '/api/users?q=alpha_only', { session: adminB });
    assert.equal(listB.status, 200);
    assert.ok(!listB.text.includes('alpha_only'), "beta's user list must not show alpha's user");
    const byIdInBeta = await clients.beta.request('POST', `/api/users/${newId}/lock`, { session: adminB, body: '{}' });
    assert.equal(byIdInBeta.status, 404, `alpha's new user id ${newId} must not exist in beta: ${byIdInBeta.text}`);
    const auditBefore = (await clients.beta.request('GET', '/api/audit?pageSize=1', {
      session: accounts.beta.get('auditor').session })).json?.total;
    assert.ok(Number.isInteger(auditBefore), "beta's audit log is readable by its auditor");

    // 1 + 3. Every route with the other tenant's sessions: 401, never data, never a change.
    const matrix = parseMatrix(matrixFiles(here));
    let attempts = 0;
    const problems = [];
    const cross = [['alpha', 'beta'], ['beta', 'alpha'], ['alpha', 'home']];
    for (const route of matrix) {
      if (route.access === 'public') continue;  // public routes answer the host's own public data
      const path = concretePath(route.path).replace(/999999/g, '1');
      for (const [from, to] of cross) {
        for (const username of Object.keys(ACCOUNTS)) {
          const res = await clients[to].request(route.method, path, {
            session: accounts[from].get(username).session,
            headers: { 'Accept-Language': 'en' }, body: route.method === 'GET' ? undefined : '{}',
          });
          attempts++;
          if (res.status !== 401 || res.json?.code !== 'auth.required') {
            problems.push(`${route.key} as ${from}'s ${username} on ${to}: ${res.status} ${res.text.slice(0, 80)}`);
          }
        }
      }
    }
    t.diagnostic(`${attempts} cross-tenant requests over ${matrix.length} routes, ${problems.length} not refused`);
    assert.deepEqual(problems, [], 'every cross-tenant request is refused 401');
    const auditAfter = (await clients.beta.request('GET', '/api/audit?pageSize=1', {
      session: accounts.beta.get('auditor').session })).json?.total;
    assert.equal(auditAfter, auditBefore, "alpha's requests changed nothing in beta (its audit log did not grow)");
    // And each tenant's own sessions still work on its own host.
    assert.equal((await clients.beta.request('GET', '/api/auth/me', { session: adminB })).status, 200);
  } catch (e) {
    t.diagnostic(`server log (tail):\n${server.log.slice(-3000)}`);
    throw e;
  } finally {
    if (server.proc && server.proc.exitCode === null) await server.stop();
  }
}

for (const backend of ['sqlite', 'postgres']) {
  const skip = !backends.includes(backend) ? `not in MD_BACKENDS` : backend === 'postgres' && !pgUrl ? 'MD_PG_URL is not set' : false;
  test(`tenant isolation on ${backend}`, { skip }, async (t) => {
    const db = await freshDatabase(backend, pgUrl);
    try {
      if (backend === 'postgres') await dropTenantSchemas();
      await run(db, t);
    } finally {
      db.cleanup();
    }
  });
}
