// Personal-data key rotation, as an operator would run it (SQLite, and PostgreSQL when MD_PG_URL
// is set): after `mingdeng key rotate --new-key-file F` and the key-file swap the server shows
// the same (masked and revealed) personal data, finds a person by ID number (blind index), and
// the old key can no longer decrypt anything.
// Usage: MD_BIN=build/mingdeng [MD_PG_URL=…] node tests/ops/backup-key-rotation.mjs
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { prepareAccount } from '../api/lib/accounts.mjs';
import { Client } from '../api/lib/client.mjs';
import { freePort } from '../api/lib/server.mjs';

const run = promisify(execFile);
const BIN = resolve(process.env.MD_BIN ?? 'build/mingdeng');
let failures = 0;
const check = (ok, what) => { console.log(`${ok ? 'ok' : 'FAILED'}: ${what}`); if (!ok) failures += 1; };

async function md(database, dataDir, args) {
  try {
    const r = await run(BIN, ['--database', database, '--data-dir', dataDir, ...args], { timeout: 300_000 });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    if (typeof e.code !== 'number') throw e;
    return { code: e.code, out: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}

async function serve(database, dataDir) {
  const port = Number(process.env.MD_BACKUP_TEST_PORT ?? 0) || (await freePort());
  const proc = spawn(BIN, ['--database', database, '--data-dir', dataDir, 'serve', '--host', '127.0.0.1', '--port', String(port), '--web-root', ''], { stdio: 'ignore' });
  const exited = new Promise((r) => proc.on('exit', r));
  for (let i = 0; i < 400; i += 1) {
    try { if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { client: new Client(`http://127.0.0.1:${port}`), stop: async () => { proc.kill('SIGTERM'); await exited; } };
}

async function rotation(backend) {
  console.log(`\n# key rotation: ${backend}`);
  const dir = mkdtempSync(join(tmpdir(), `mdkey-${backend}-`));
  const dataDir = join(dir, 'data');
  const db = backend === 'sqlite' ? join(dir, 'md.db') : process.env.MD_PG_URL;
  try {
    if (backend === 'postgres') await run('psql', [db, '-q', '-c', 'DROP SCHEMA public CASCADE; CREATE SCHEMA public']);
    const demo = await md(db, dataDir, ['demo']);
    if (demo.code !== 0) throw new Error(demo.out);
    let s = await serve(db, dataDir);
    const clerk = await prepareAccount(s.client, 'clerk');
    const sec = await prepareAccount(s.client, 'secadmin');
    const as = (acc, method, path, body) => s.client.request(method, path, { session: acc.session, body: body && JSON.stringify(body) });
    const list = (await as(clerk, 'GET', '/api/people?pageSize=3&sort=name')).json.items;
    const person = list[0];
    const detail = (await as(clerk, 'GET', `/api/people/${person.id}`)).json;
    const revealed = (await as(sec, 'POST', `/api/people/${person.id}/reveal`)).json;
    check(/^\d{17}[\dX]$/.test(revealed.idCard ?? ''), `before: person ${person.id} reveals a full ID number`);
    if (backend === 'sqlite') {
      const busy = await md(db, dataDir, ['key', 'rotate', '--new-key-file', join(dir, 'new.key')]);
      check(busy.code === 4, `rotation refused while the server runs (exit ${busy.code})`);
    }
    await s.stop();

    const r = await md(db, dataDir, ['key', 'rotate', '--new-key-file', join(dir, 'new.key')]);
    check(r.code === 0 && /re-encrypted \d+ field/.test(r.out), `key rotate exits 0: ${(r.out.match(/database home: .*/) ?? [r.out])[0]}`);
    const same = await md(db, dataDir, ['key', 'rotate', '--new-key-file', join(dir, 'new.key')]);
    check(same.code === 4 && /cannot be read/.test(same.out), `a second rotation before the swap is refused, nothing changed (exit ${same.code})`);
    copyFileSync(join(dataDir, 'mingdeng.key'), join(dir, 'old.key'));
    renameSync(join(dir, 'new.key'), join(dataDir, 'mingdeng.key'));

    s = await serve(db, dataDir);
    const detail2 = (await as(clerk, 'GET', `/api/people/${person.id}`)).json;
    check(detail2.idCard === detail.idCard && detail2.phone === detail.phone, `after: same masked data (${detail2.idCard}, ${detail2.phone})`);
    const revealed2 = (await as(sec, 'POST', `/api/people/${person.id}/reveal`)).json;
    check(revealed2.idCard === revealed.idCard && revealed2.phone === revealed.phone, 'after: reveal gives the same ID number and phone');
    const dup = await as(clerk, 'POST', '/api/people', { name: '轮换测', gender: Number(revealed.idCard[16]) % 2 ? 'M' : 'F', ethnicity: '汉族', birthDate: `${revealed.idCard.slice(6, 10)}-${revealed.idCard.slice(10, 12)}-${revealed.idCard.slice(12, 14)}`, idCard: revealed.idCard, politicalStatus: 'masses', orgUnitId: detail.orgUnitId });
    check(dup.status === 422 && dup.text.includes('people.id_card_duplicate'), `after: ID-number search (blind index) finds the person: ${dup.status} ${dup.text.slice(0, 120)}`);
    const me = await as(sec, 'GET', '/api/auth/me');
    check(me.status === 200, 'after: sessions and the TOTP-enrolled account still work');
    await s.stop();

    renameSync(join(dataDir, 'mingdeng.key'), join(dir, 'new.key'));
    copyFileSync(join(dir, 'old.key'), join(dataDir, 'mingdeng.key'));
    s = await serve(db, dataDir);
    const old = await as(sec, 'POST', `/api/people/${person.id}/reveal`);
    check(old.status === 500 && !old.text.includes(revealed.idCard), `old key: cannot decrypt (reveal answers ${old.status})`);
    await s.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const backend of ['sqlite', ...(process.env.MD_PG_URL ? ['postgres'] : [])]) {
  try { await rotation(backend); } catch (e) { check(false, `${backend}: ${e.stack ?? e}`); }
}
console.log(`\n# key rotation: ${failures === 0 ? 'all passed' : `${failures} failed`}`);
process.exit(failures === 0 ? 0 : 1);
