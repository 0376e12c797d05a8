#!/usr/bin/env node
// Black-box API tests: for each backend (SQLite, then PostgreSQL when MD_PG_URL is set) a
// fresh database with demo data, a server on a free port, a ready session per demo account,
// then the .test data files, the permission walk, the OpenAPI check, a graceful stop under
// load, and (SQLite) the audit tamper check. Usage: node tests/api/run.mjs [filter…]
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from './lib/client.mjs';
import { DEMO_PASSWORD, prepareAll } from './lib/accounts.mjs';
import { findCases, runCase } from './lib/cases.mjs';
import { matrixFiles, parseMatrix } from './lib/matrix.mjs';
import { Server, cli, freshDatabase } from './lib/server.mjs';
import {
  auditTamper, checkOpenApi, concurrentAudit, gracefulStop, liveBackup, sqliteSnapshot, walkRoute,
} from './lib/suites.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const bin = resolve(repoRoot, process.env.MD_BIN ?? 'build/mingdeng');
const casesDir = join(here, 'cases');
const filters = process.argv.slice(2);
const pick = (name) => !filters.length || filters.some((f) => name.includes(f));
const pgUrl = process.env.MD_PG_URL;

const backends = (process.env.MD_BACKENDS ?? 'sqlite,postgres').split(',').map((s) => s.trim());

for (const backend of ['sqlite', 'postgres']) {
  if (!backends.includes(backend)) {
    test(backend, { skip: `not in MD_BACKENDS=${process.env.MD_BACKENDS}` }, () => {});
    continue;
  }
  if (backend === 'postgres' && !pgUrl) {
    console.log('# NOTICE: MD_PG_URL is not set — the PostgreSQL pass is SKIPPED (CI always sets it)');
    test('postgres', { skip: 'MD_PG_URL is not set' }, () => {});
    continue;
  }
  test(backend, async (t) => {
    assert.ok(existsSync(bin), `server binary ${bin} not found (build it, or set MD_BIN)`);
    const started = Date.now();
    const counts = { pass: 0, fail: 0 };
    const sub = async (name, fn) => {
      let ok = true;
      await t.test(name, async (tt) => {
        try {
          await fn(tt);
        } catch (e) {
          ok = false;
          throw e;
        }
      });
      counts[ok ? 'pass' : 'fail']++;
      return ok;
    };
    const db = await freshDatabase(backend, pgUrl);
    const server = new Server(bin, db.database, db.dataDir);
    try {
      const demo = await cli(bin, db.database, db.dataDir, ['demo']);
      assert.equal(demo.code, 0, `mingdeng demo failed: ${demo.stdout}${demo.stderr}`);
      await server.start();
      const client = new Client(server.baseUrl);
      const env = { bin, client, casesDir, demoPassword: DEMO_PASSWORD, sessions: new Map(), accounts: new Map() };
      env.account = (name) => {
        const a = env.accounts.get(name);
        if (!a) throw new Error(`unknown demo account ${name}`);
        return a;
      };
      const ready = await sub('setup: sign in every demo account, change its password, enrol TOTP for admins', async () => {
        env.accounts = await prepareAll(client);
        for (const [name, a] of env.accounts) env.sessions.set(name, a.session);
        // Many sign-ins come from 127.0.0.1; lift the per-IP limit so it does not interfere.
        const r = await client.request('PUT', '/api/settings/security.login_rate_per_ip', {
          session: env.sessions.get('secadmin'), body: '{"value":1000}',
        });
        assert.equal(r.status, 200, `raising security.login_rate_per_ip: ${r.status} ${r.text}`);
      });
      if (ready) {
        for (const path of findCases(casesDir)) {
          const name = relative(casesDir, path).replace(/\.test$/, '');
          if (!pick(name)) continue;
          await sub(`case ${name}`, async () => {
            await runCase(env, path);
          });
        }
        const matrix = parseMatrix(matrixFiles(here));
        if (pick('permissions')) {
          await sub('permissions: every route × every role matches permissions.matrix', async (tt) => {
            const failed = [];
            for (const route of matrix) {
              if (route.key === 'POST /api/auth/logout') continue;
              await tt.test(route.key, async () => {
                const problems = await walkRoute(env, route);
                if (problems.length) {
                  failed.push(route.key);
                  assert.fail(`${route.key}:\n  ${problems.join('\n  ')}`);
                }
              });
            }
            if (failed.length) assert.fail(`${failed.length} route(s) disagree with the matrix: ${failed.join(', ')}`);
          });
        }
        if (pick('openapi')) {
          await sub('openapi: routes match permissions.matrix both ways; operations documented', async () => {
            const problems = await checkOpenApi(env, matrix);
            if (problems.length) assert.fail(problems.join('\n'));
          });
        }
        // The tamper test works on this snapshot, so it does not depend on the concurrency
        // test below (which, when it fails, leaves a broken chain behind).
        const snapshot = join(db.dir, 'snapshot.db');
        if (backend === 'sqlite') await sqliteSnapshot(db.database, snapshot);
        if (backend === 'sqlite' && pick('backup')) {
          await sub('backup: `mingdeng backup` copies the live database consistently', async () => {
            await liveBackup(env, db);
          });
        }
        if (pick('audit')) {
          await sub('audit chain: concurrent audited requests keep the hash chain intact', async () => {
            const problems = await concurrentAudit(env);
            if (problems.length) assert.fail(problems.join('\n'));
          });
        }
        await sub('graceful stop: SIGTERM during a burst answers completely and exits 0', async (tt) => {
          const { problems, summary } = await gracefulStop(env, server);
          tt.diagnostic(summary);
          if (problems.length) assert.fail(`${problems.join('\n')}\n(${summary})`);
        });
        if (backend === 'sqlite' && pick('audit')) {
          await sub('audit tamper: an edited or deleted audit row makes `audit verify` exit 1', async () => {
            await auditTamper(env, db, snapshot);
          });
        }
      }
    } finally {
      if (server.proc && server.proc.exitCode === null) {
        const r = await server.stop();
        if (r.code !== 0) t.diagnostic(`server exit ${r.code} ${r.signal}`);
      }
      db.cleanup();
      t.diagnostic(`${backend}: ${counts.pass} passed, ${counts.fail} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      if (counts.fail) t.diagnostic(`${backend} server log (tail):\n${server.log.slice(-3000)}`);
    }
  });
}
