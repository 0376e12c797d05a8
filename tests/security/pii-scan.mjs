#!/usr/bin/env node
// Personal data at rest (issue 12): after the demo data is loaded and used — staff read the
// roster, an administrator reveals ID numbers and phones (audited), the public submits opinions
// with a contact phone — no plaintext ID-card number or mobile phone of a person may be found in
// the database files (SQLite: the file and its WAL; PostgreSQL: a full pg_dump) nor in the
// server's log. Two scans: every value the server revealed, searched literally; and every
// string shaped like a mainland ID-card number (valid check digit and birth date) or mobile
// number (1[3-9] + 9 digits) standing alone. Prints what it scanned and how many it found.
// Usage: MD_BIN=build/mingdeng [MD_PG_URL=…] [MD_BACKENDS=sqlite,postgres] node tests/security/pii-scan.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Client } from '../api/lib/client.mjs';
import { prepareAccount } from '../api/lib/accounts.mjs';
import { Server, cli, freshDatabase } from '../api/lib/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, '..', '..', process.env.MD_BIN ?? 'build/mingdeng');
const pgUrl = process.env.MD_PG_URL;
const backends = (process.env.MD_BACKENDS ?? 'sqlite,postgres').split(',').map((s) => s.trim());
const OPINION_PHONES = ['13907301234', '15873005678', '18673009876'];

/** GB 11643 check digit of the first 17 digits. */
function idCardValid(id) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * w[i];
  const check = '10X98765432'[sum % 11];
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  return id[17].toUpperCase() === check && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** ID-card and mobile-number shapes standing alone (not inside a longer run of digits). */
function shapedFindings(text) {
  const found = [];
  for (const m of text.matchAll(/(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{9}[\dXx](?![0-9A-Za-z])/g)) {
    if (idCardValid(m[0])) found.push(`ID card ${m[0].slice(0, 6)}…`);
  }
  for (const m of text.matchAll(/(?<![0-9A-Za-z+])1[3-9]\d{9}(?![0-9A-Za-z])/g)) found.push(`mobile ${m[0].slice(0, 3)}…`);
  return found;
}

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

async function useTheData(client) {
  const admin = await prepareAccount(client, 'admin');
  const clerk = await prepareAccount(client, 'clerk');
  const revealed = [];
  const people = await client.request('GET', '/api/people?pageSize=50', { session: clerk.session });
  assert.equal(people.status, 200, `roster: ${people.status} ${people.text.slice(0, 200)}`);
  for (const p of people.json.items.slice(0, 40)) {
    const r = await client.request('POST', `/api/people/${p.id}/reveal`, { session: admin.session, body: '{}' });
    assert.equal(r.status, 200, `reveal person ${p.id}: ${r.status} ${r.text.slice(0, 200)}`);
    if (r.json.idCard) revealed.push(r.json.idCard);
    if (r.json.phone) revealed.push(r.json.phone);
  }
  const users = await client.request('GET', '/api/users?pageSize=50', { session: admin.session });
  for (const u of users.json.items) {
    const r = await client.request('POST', `/api/users/${u.id}/reveal`, { session: admin.session, body: '{}' });
    if (r.status === 200 && r.json.phone) revealed.push(r.json.phone);
  }
  const options = (await client.request('GET', '/api/public/opinions/options')).json;
  for (const phone of OPINION_PHONES) {
    const r = await client.request('POST', '/api/public/opinions', {
      body: JSON.stringify({
        category: options.categories[0].value ?? options.categories[0], town: options.towns[0].value ?? options.towns[0],
        content: `楼道灯坏了两个星期，晚上老人上下楼很不方便，请尽快修理。${phone.slice(-4)}`,
        contactName: '李阿姨', contactPhone: phone,
      }),
    });
    assert.equal(r.status, 201, `public opinion: ${r.status} ${r.text.slice(0, 200)}`);
    revealed.push(phone);
  }
  return revealed;
}

for (const backend of ['sqlite', 'postgres']) {
  const skip = !backends.includes(backend) ? 'not in MD_BACKENDS' : backend === 'postgres' && !pgUrl ? 'MD_PG_URL is not set' : false;
  test(`no plaintext personal data at rest on ${backend}`, { skip }, async (t) => {
    const db = await freshDatabase(backend, pgUrl);
    const server = new Server(bin, db.database, db.dataDir);
    try {
      const demo = await cli(bin, db.database, db.dataDir, ['demo']);
      assert.equal(demo.code, 0, demo.stderr);
      await server.start();
      const revealed = await useTheData(new Client(server.baseUrl));
      assert.ok(revealed.length >= 40, `the scan needs real values to look for (got ${revealed.length})`);
      await server.stop();

      const sources = [['server log', Buffer.from(server.log)]];
      if (backend === 'sqlite') {
        for (const f of filesUnder(db.dir)) if (!f.endsWith('.key')) sources.push([f.slice(db.dir.length + 1), readFileSync(f)]);
      } else {
        const { stdout } = await promisify(execFile)('pg_dump', [pgUrl, '--data-only'], { maxBuffer: 1 << 30 });
        sources.push(['pg_dump --data-only', Buffer.from(stdout)]);
      }
      const findings = [];
      let bytes = 0;
      for (const [name, buf] of sources) {
        bytes += buf.length;
        const text = buf.toString('latin1');  // digits are ASCII in UTF-8 and in SQLite pages
        for (const v of revealed) if (text.includes(v)) findings.push(`${name}: revealed value ${v.slice(0, 3)}… in plaintext`);
        for (const f of shapedFindings(text)) findings.push(`${name}: ${f}`);
      }
      t.diagnostic(`${backend}: scanned ${sources.length} source(s), ${(bytes / 1048576).toFixed(1)} MB, for ${revealed.length} revealed values and ID/mobile shapes: ${findings.length} finding(s)`);
      assert.deepEqual(findings, [], 'personal data must be stored encrypted and logged masked');
    } finally {
      if (server.proc && server.proc.exitCode === null) await server.stop();
      db.cleanup();
    }
  });
}
