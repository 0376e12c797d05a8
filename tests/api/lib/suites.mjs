// The tests that are code rather than data files: the permission walk, the OpenAPI check,
// the graceful stop and the audit tamper check.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ACCOUNTS } from './accounts.mjs';
import { allows, concretePath } from './matrix.mjs';
import { cli } from './server.mjs';

const execFileP = promisify(execFile);
const IDENTITIES = [null, ...Object.keys(ACCOUNTS)];
const label = (u) => (u === null ? 'anonymous' : `${u} (${ACCOUNTS[u]})`);

/** One route × every identity; answers a list of problems. */
export async function walkRoute(env, route) {
  const problems = [];
  const path = concretePath(route.path);
  for (const username of IDENTITIES) {
    const role = username === null ? null : ACCOUNTS[username];
    const session = username === null ? null : env.sessions.get(username);
    const res = await env.client.request(route.method, path, {
      session, headers: { 'Accept-Language': 'en' }, body: route.method === 'GET' ? undefined : '{}',
    });
    const code = res.json?.code;
    const got = `${res.status} ${code ?? res.text.slice(0, 80)}`;
    if (res.status >= 500) problems.push(`${label(username)}: server error ${got}`);
    if (route.access === 'public') {
      if (res.status === 401 || (res.status === 403 && code === 'auth.forbidden')) {
        problems.push(`${label(username)}: public route refused: ${got}`);
      }
    } else if (username === null) {
      if (res.status !== 401 || code !== 'auth.required') problems.push(`anonymous: expected 401 auth.required, got ${got}`);
    } else if (allows(route, role)) {
      if ((res.status === 403 && code === 'auth.forbidden') || res.status === 401) {
        problems.push(`${label(username)}: matrix allows, server refused: ${got}`);
      } else if (res.status === 403) {
        problems.push(`${label(username)}: unexpected 403 ${code}`);
      }
    } else if (res.status !== 403 || code !== 'auth.forbidden') {
      problems.push(`${label(username)}: matrix denies, expected 403 auth.forbidden, got ${got}`);
    }
  }
  return problems;
}

function probeIdentity(route) {
  if (route.access === 'public') return null;
  if (route.access === 'all') return 'member';
  return Object.keys(ACCOUNTS).find((u) => route.roles.has(ACCOUNTS[u]));
}

/** Compares the matrix with /api/openapi.json both ways and checks each operation's documentation. */
export async function checkOpenApi(env, matrix) {
  const res = await env.client.request('GET', '/api/openapi.json');
  assert.equal(res.status, 200, 'GET /api/openapi.json');
  const doc = res.json;
  assert.ok(doc && doc.paths, 'the document has paths');
  const documented = new Map();
  for (const [p, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      if (['get', 'post', 'put', 'delete', 'patch'].includes(m)) documented.set(`${m.toUpperCase()} ${p}`, op);
    }
  }
  const inMatrix = new Set(matrix.map((r) => r.key));
  const problems = [];
  for (const k of documented.keys()) if (!inMatrix.has(k)) problems.push(`${k}: served by the server but missing from permissions.matrix`);
  for (const k of inMatrix) if (!documented.has(k)) problems.push(`${k}: in permissions.matrix but not served by the server`);
  for (const route of matrix) {
    const op = documented.get(route.key);
    if (!op) continue;
    if (typeof op.summary !== 'string' || !op.summary.trim()) problems.push(`${route.key}: no summary`);
    if (!Array.isArray(op.tags) || !op.tags.length || op.tags.some((t) => !t)) problems.push(`${route.key}: no tags`);
    if (!op.responses || !Object.keys(op.responses).length) problems.push(`${route.key}: no responses`);
    const access = { public: 'public', all: 'signed_in', roles: 'permission' }[route.access];
    if (op['x-access'] !== access) problems.push(`${route.key}: x-access ${op['x-access']}, matrix says ${access}`);
    if (access === 'permission' && !op['x-permission']) problems.push(`${route.key}: no x-permission`);
    if ((route.method === 'POST' || route.method === 'PUT') && route.key !== 'POST /api/auth/logout') {
      // A route with a declared JSON body refuses unknown fields (400 request.unknown_field);
      // such a route must document its body schema, and a documented JSON body must be enforced.
      const who = probeIdentity(route);
      const probe = await env.client.request(route.method, concretePath(route.path), {
        session: who ? env.sessions.get(who) : null, body: '{"mdProbeField":1}',
      });
      const takesJson = probe.status === 400 && probe.json?.code === 'request.unknown_field';
      const schema = op.requestBody?.content?.['application/json']?.schema;
      if (takesJson && !(schema && schema.type === 'object' && schema.properties && Object.keys(schema.properties).length)) {
        problems.push(`${route.key}: takes a JSON body but documents no requestBody schema`);
      }
      if (schema && !takesJson) {
        problems.push(`${route.key}: documents a JSON body but did not refuse an unknown field (got ${probe.status} ${probe.json?.code})`);
      }
    }
  }
  return problems;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** SIGTERM while a burst is in flight: complete answers only, exit 0, promptly. */
export async function gracefulStop(env, server) {
  // 10 s for a release build; MD_STOP_BUDGET_MS for slower ones (the sanitizer pass).
  const budget = Number(process.env.MD_STOP_BUDGET_MS ?? 10_000);
  // Audited, slow and plain reads, from two accounts.
  const paths = [['/api/audit/export', 'auditor'], ['/api/users?pageSize=100', 'admin'], ['/api/auth/me', 'member'],
    ['/api/messages', 'admin']];
  let stoppedAt = Infinity;
  const results = [];
  const burst = [];
  for (let i = 0; i < 160; i++) {
    const [path, who] = paths[i % paths.length];
    burst.push((async () => {
      let res;
      try {
        res = await fetch(server.baseUrl + path, { headers: { Cookie: env.sessions.get(who).cookieHeader() } });
      } catch (e) {
        results.push({ path, refused: String(e.cause?.code ?? e.message) });
        return;
      }
      try {
        const bytes = Buffer.from(await res.arrayBuffer());
        results.push({ path, status: res.status, bytes, headers: res.headers, at: Date.now() });
      } catch (e) {
        results.push({ path, status: res.status, incomplete: String(e.cause?.code ?? e.message) });
      }
    })());
  }
  await sleep(40);
  stoppedAt = Date.now();
  const stop = server.stop(Math.max(30_000, budget + 10_000));
  await Promise.all(burst);
  const { code, signal, ms } = await stop;
  const problems = [];
  if (code !== 0 || signal) problems.push(`exit code ${code} signal ${signal} (expected 0)`);
  if (ms > budget) problems.push(`took ${ms} ms to stop (budget ${budget} ms)`);
  let served = 0;
  let afterSignal = 0;
  for (const r of results) {
    if (r.refused) continue;
    if (r.incomplete) {
      problems.push(`${r.path}: response ${r.status} cut off: ${r.incomplete}`);
      continue;
    }
    const len = r.headers.get('content-length');
    if (len !== null && Number(len) !== r.bytes.length) problems.push(`${r.path}: ${r.bytes.length} bytes of ${len}`);
    if (r.at > stoppedAt) afterSignal++;
    if (r.status === 200) {
      served++;
      if (r.path.includes('export')) {
        if (r.bytes.subarray(0, 2).toString() !== 'PK') problems.push(`${r.path}: 200 but not an xlsx`);
      } else {
        try {
          JSON.parse(r.bytes.toString());
        } catch {
          problems.push(`${r.path}: 200 with a body that is not JSON`);
        }
      }
    } else if (r.status === 503) {
      let body;
      try {
        body = JSON.parse(r.bytes.toString());
      } catch {
        body = {};
      }
      if (body.code !== 'server.stopping') problems.push(`${r.path}: 503 with code ${body.code}`);
    } else {
      problems.push(`${r.path}: unexpected status ${r.status}`);
    }
  }
  if (served === 0) problems.push('no request of the burst was answered 200');
  if (afterSignal === 0) problems.push('no request was still in flight when SIGTERM was sent (test proves nothing)');
  return { problems, summary: `${results.length} requests: ${served} answered 200, ${afterSignal} finished after SIGTERM, ${results.filter((r) => r.refused).length} refused; stopped in ${ms} ms` };
}

/**
 * Many audited requests at once (each appends to the hash chain); the chain must stay intact
 * and every request must succeed.
 */
export async function concurrentAudit(env) {
  const problems = [];
  let v;
  // A race shows only sometimes: up to four rounds, stopping at the first broken chain.
  for (let round = 0; round < 4; round++) {
    const calls = [];
    for (let i = 0; i < 24; i++) {
      calls.push(['GET', '/api/users/export?pageSize=1', 'admin'], ['GET', '/api/audit/export?action=none', 'auditor'],
        ['POST', `/api/users/${env.account('member').id}/reveal`, 'secadmin']);
    }
    const answers = await Promise.all(calls.map(([m, p, who]) => env.client.request(m, p, { session: env.sessions.get(who) })));
    answers.forEach((r, i) => {
      if (r.status !== 200) problems.push(`${calls[i][0]} ${calls[i][1]} as ${calls[i][2]}: ${r.status} ${r.text.slice(0, 200)}`);
    });
    v = await env.client.request('GET', '/api/audit/verify', { session: env.sessions.get('auditor') });
    if (problems.length || v.json?.ok !== true) break;
  }
  if (v.status !== 200 || v.json?.ok !== true) {
    problems.push(`GET /api/audit/verify after the burst: ${v.status} ${v.text}`);
    const broken = v.json?.firstBrokenId;
    if (broken) {
      const near = await env.client.request('GET', `/api/audit?sort=id&order=desc&pageSize=100`, { session: env.sessions.get('auditor') });
      const rows = (near.json?.items ?? []).filter((x) => Math.abs(x.id - broken) <= 2).reverse();
      problems.push(`records around ${broken}: ${rows.map((x) => `#${x.id} ${x.action} by ${x.username}`).join('; ')}`);
    }
  }
  return problems;
}

/** An online copy of a SQLite database (the backup API gives a consistent snapshot). */
export async function sqliteSnapshot(db, target) {
  await sqlite3(db, `.backup '${target}'`);
}

async function sqlite3(db, sql) {
  const { stdout } = await execFileP('sqlite3', [db, sql], { timeout: 30_000 });
  return stdout.trim();
}

/**
 * Backs up the running server's SQLite file with `mingdeng backup` (encrypted): the file holds
 * no readable database, restores into a fresh file whose audit chain verifies and which holds
 * the same users, and a second backup to the same file is refused.
 */
export async function liveBackup(env, db) {
  const target = `${db.dir}/backup-copy.mdbk`;
  const made = await cli(env.bin, db.database, db.dataDir, ['backup', '--to', target]);
  assert.equal(made.code, 0, `backup: ${made.stdout}${made.stderr}`);
  const restored = `${db.dir}/restored.db`;
  const back = await cli(env.bin, restored, db.dataDir, ['restore', '--from', target]);
  assert.equal(back.code, 0, `restore: ${back.stdout}${back.stderr}`);
  const verified = await cli(env.bin, restored, db.dataDir, ['audit', 'verify']);
  assert.equal(verified.code, 0, `audit verify on the restored copy: ${verified.stdout}${verified.stderr}`);
  const live = await sqlite3(db.database, 'SELECT COUNT(*) FROM users');
  const copy = await sqlite3(restored, 'SELECT COUNT(*) FROM users');
  assert.equal(copy, live, 'the backup holds the same users');
  const again = await cli(env.bin, db.database, db.dataDir, ['backup', '--to', target]);
  assert.notEqual(again.code, 0, 'a second backup onto an existing file is refused');
  assert.match(again.stderr, /exists/);
}

/**
 * Tampers with copies of a SQLite database (`database`: the stopped server's file or a snapshot
 * of it) and expects `audit verify` to notice.
 */
export async function auditTamper(env, db, database = db.database) {
  db = { ...db, database };
  try {
    await execFileP('sqlite3', ['-version']);
  } catch {
    throw new Error('the sqlite3 command-line tool is missing (apt-get install -y sqlite3)');
  }
  const intact = await cli(env.bin, db.database, db.dataDir, ['audit', 'verify']);
  assert.equal(intact.code, 0, `audit verify on the untouched database: ${intact.stdout}${intact.stderr}`);
  assert.match(intact.stdout, /intact/);
  const count = Number(await sqlite3(db.database, 'SELECT COUNT(*) FROM audit_log'));
  assert.ok(count >= 20, `some activity was audited (${count} records)`);

  // 1. An edited row in the middle of the chain.
  const edited = `${db.dir}/edited.db`;
  await sqlite3(db.database, `.backup '${edited}'`);
  const victim = Number(await sqlite3(edited, 'SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 10'));
  await sqlite3(edited, `UPDATE audit_log SET detail = 'nothing happened' WHERE id = ${victim}`);
  const broken = await cli(env.bin, edited, db.dataDir, ['audit', 'verify']);
  assert.equal(broken.code, 1, `audit verify after editing record ${victim}: ${broken.stdout}${broken.stderr}`);
  assert.match(broken.stdout, new RegExp(`BROKEN at record ${victim}\\b`));

  // 2. The last row deleted: no link is broken, but the head remembers the true end.
  const cut = `${db.dir}/cut.db`;
  await sqlite3(db.database, `.backup '${cut}'`);
  const last = Number(await sqlite3(cut, 'SELECT MAX(id) FROM audit_log'));
  await sqlite3(cut, `DELETE FROM audit_log WHERE id = ${last}`);
  const truncated = await cli(env.bin, cut, db.dataDir, ['audit', 'verify']);
  assert.equal(truncated.code, 1, `audit verify after deleting the last record: ${truncated.stdout}${truncated.stderr}`);
  assert.match(truncated.stdout, new RegExp(`BROKEN at record ${last}\\b`));

  // 3. The original is still intact.
  const again = await cli(env.bin, db.database, db.dataDir, ['audit', 'verify']);
  assert.equal(again.code, 0, `audit verify on the untouched database again: ${again.stdout}`);
}
