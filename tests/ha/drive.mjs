// The failover test's client side (tests/ha/failover.sh), Node 20, no packages.
//   node drive.mjs sessions DIR             SQL (stdout) giving every district deputy an account
//                                           and a live session, plus staff sessions; writes
//                                           DIR/voters.tsv and DIR/staff.tsv
//   node drive.mjs vote BASE BIN DIR        projects, a vote, both scrutineer keys, open; one
//                                           ballot per voter in DIR/ballots.jsonl; prints vote id
//   node drive.mjs load BASE DIR SECONDS    ballots (paced) and public opinions (4 clients) until
//                                           SECONDS pass; every acknowledged write goes to
//                                           DIR/acked.jsonl, every failed one to DIR/failed.jsonl
//   node drive.mjs verify BASE DIR          every acknowledged write is there; prints a summary
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const [verb, ...args] = process.argv.slice(2);
const sm3 = (s) => createHash('sm3').update(s).digest('hex');
const token = (n) => randomBytes(n).toString('base64url');
const sqlText = (s) => `'${String(s).replace(/'/g, "''")}'`;
const now = () => Date.now();

async function call(base, method, path, { session, body, timeoutMs = 5000 } = {}) {
  const headers = { 'content-type': 'application/json', 'x-device-id': 'ha-drill' };
  if (session) Object.assign(headers, { cookie: `md_session=${session[0]}`, 'x-csrf-token': session[1] });
  try {
    const res = await fetch(base + path, {
      method, headers, body, signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: res.status, json, text };
  } catch (e) {
    return { status: 0, text: String(e.name ?? e) };  // refused, reset or timed out
  }
}
async function must(base, method, path, opts, want = [200, 201]) {
  const r = await call(base, method, path, opts);
  if (!want.includes(r.status)) throw new Error(`${method} ${path}: ${r.status} ${r.text.slice(0, 300)}`);
  return r.json;
}

if (verb === 'sessions') {
  // Sessions are rows keyed by SM3(token) (platform/auth/sessions.cpp): the drill makes them
  // directly, since signing 150 deputies in is not what it measures.
  const [dir] = args;
  const t = Math.floor(now() / 1000);
  const voters = [], staff = [], sql = ['BEGIN;'];
  const session = (userExpr, who) => {
    const tok = token(32), csrf = token(24);
    sql.push(`INSERT INTO sessions (key, user_id, csrf, ip, created_at, last_seen_at) SELECT ${sqlText(sm3(tok))}, ${userExpr}, ${sqlText(csrf)}, '127.0.0.1', ${t}, ${t};`);
    (who ? staff : voters).push(who ? `${who}\t${tok}\t${csrf}` : `${tok}\t${csrf}`);
  };
  for (const who of ['clerk', 'teller', 'member', 'branch']) {
    sql.push(`UPDATE users SET must_change_password = 0 WHERE username = '${who}';`);
    session(`(SELECT id FROM users WHERE username = '${who}')`, who);
  }
  // One account per active district deputy without one, sharing the leader's password hash.
  sql.push(`CREATE TEMP TABLE ha_voters AS SELECT DISTINCT d.person_id FROM deputies d JOIN people p ON p.id = d.person_id WHERE d.level = 'district' AND d.ended_on IS NULL;`);
  sql.push(`INSERT INTO users (username, display_name, password_hash, password_changed_at, must_change_password, created_at) SELECT 'ha_voter_' || v.person_id, 'HA ' || v.person_id, (SELECT password_hash FROM users WHERE username = 'leader'), ${t}, 0, ${t} FROM ha_voters v JOIN people p ON p.id = v.person_id WHERE p.user_id IS NULL;`);
  sql.push(`INSERT INTO user_roles (user_id, role) SELECT id, 'deputy' FROM users WHERE username LIKE 'ha_voter_%';`);
  sql.push(`UPDATE people p SET user_id = u.id FROM users u WHERE u.username = 'ha_voter_' || p.id AND p.user_id IS NULL;`);
  sql.push(`UPDATE users SET must_change_password = 0, password_changed_at = ${t} WHERE id IN (SELECT p.user_id FROM ha_voters h JOIN people p ON p.id = h.person_id);`);
  // The count is known only inside the database: make 400 sessions' worth of tokens and use
  // as many as there are voters (row_number pairs them up).
  const pool = Array.from({ length: 400 }, () => [token(32), token(24)]);
  sql.push(`CREATE TEMP TABLE ha_tokens (n BIGINT, key TEXT, csrf TEXT);`);
  sql.push(`INSERT INTO ha_tokens VALUES ${pool.map(([k, c], i) => `(${i + 1}, ${sqlText(sm3(k))}, ${sqlText(c)})`).join(',')};`);
  sql.push(`INSERT INTO sessions (key, user_id, csrf, ip, created_at, last_seen_at) SELECT t.key, v.user_id, t.csrf, '127.0.0.1', ${t}, ${t} FROM (SELECT p.user_id, row_number() OVER (ORDER BY p.id) AS n FROM ha_voters h JOIN people p ON p.id = h.person_id) v JOIN ha_tokens t ON t.n = v.n;`);
  sql.push(`SELECT 'VOTERS ' || COUNT(*) FROM ha_voters;`);
  sql.push('COMMIT;');
  writeFileSync(`${dir}/tokens.tsv`, pool.map((p) => p.join('\t')).join('\n') + '\n');
  writeFileSync(`${dir}/staff.tsv`, staff.join('\n') + '\n');
  console.log(sql.join('\n'));
} else if (verb === 'vote') {
  const [base, bin, dir] = args;
  const staff = Object.fromEntries(readFileSync(`${dir}/staff.tsv`, 'utf8').trim().split('\n')
    .map((l) => { const [w, t, c] = l.split('\t'); return [w, [t, c]]; }));
  const ids = [];
  for (const title of ['故障演练项目甲', '故障演练项目乙', '故障演练项目丙']) {
    const p = await must(base, 'POST', '/api/livelihood-projects', { session: staff.clerk, body: JSON.stringify({ year: 2027, body: '区人民政府', title, department: '区教育局', budgetFen: 1000000, plannedCompletion: '2027-10-31', source: 'government' }) });
    await must(base, 'POST', `/api/livelihood-projects/${p.id}/status`, { session: staff.clerk, body: '{"status":"shortlisted"}' });
    ids.push(p.id);
  }
  const uidOf = async (who) => (await must(base, 'GET', '/api/auth/me', { session: staff[who] })).id;
  const v = await must(base, 'POST', '/api/votes', { session: staff.clerk, body: JSON.stringify({ title: '故障演练票决', kind: 'projects', year: 2027, form: 'options3', seats: 2, keyMode: 'scrutineers', level: 'district', projectIds: ids, scrutineerUserIds: [await uidOf('member'), await uidOf('branch')], tellerUserIds: [await uidOf('teller'), await uidOf('clerk')] }) });
  const tool = (argv) => execFileSync(bin, ['ballot-tool', ...argv], { encoding: 'utf8' }).trim();
  for (const [i, who] of [[1, 'member'], [2, 'branch']]) {
    const k = JSON.parse(tool(['key', '--uid', v.uid, '--index', String(i)]));
    await must(base, 'POST', `/api/votes/${v.id}/trustee-key`, { session: staff[who], body: JSON.stringify({ publicKey: k.publicKey, proof: k.proof }) });
  }
  const key = (await must(base, 'GET', `/api/votes/${v.id}`, { session: staff.teller })).publicKey;
  await must(base, 'POST', `/api/votes/${v.id}/open`, { session: staff.teller });
  const lines = [];
  for (let i = 0; i < v.eligible; i++) {
    lines.push(tool(['ballot', '--uid', v.uid, '--key', key, '--form', 'options3', '--choices', `${i % 3},${(i + 1) % 3},${(i + 2) % 3}`]));
  }
  writeFileSync(`${dir}/ballots.jsonl`, lines.join('\n') + '\n');
  console.log(v.id);
} else if (verb === 'load') {
  const [base, dir, seconds] = args;
  const voteId = readFileSync(`${dir}/vote.id`, 'utf8').trim();
  const voters = readFileSync(`${dir}/tokens.tsv`, 'utf8').trim().split('\n').map((l) => l.split('\t'))
    .slice(0, Number(readFileSync(`${dir}/voters.count`, 'utf8')));
  const ballots = readFileSync(`${dir}/ballots.jsonl`, 'utf8').trim().split('\n');
  const options = await must(base, 'GET', '/api/public/opinions/options');
  const end = now() + Number(seconds) * 1000;
  const record = (file, o) => appendFileSync(`${dir}/${file}`, JSON.stringify({ t: now(), ...o }) + '\n');
  // Ballots: spread evenly over the run so some land before, during and after the failover.
  // A ballot whose answer never came may or may not be stored: it is tried again, and a later
  // "already voted" proves it was (counted once, never twice).
  const queue = voters.map((s, i) => ({ s, b: ballots[i], tries: 0 }));
  const gap = (Number(seconds) * 1000 * 0.8) / queue.length;
  async function caster() {
    while (queue.length && now() < end) {
      const job = queue.shift();
      const t0 = now();
      const r = await call(base, 'POST', `/api/votes/${voteId}/ballots`, { session: job.s, body: `{"ballot":${job.b}}` });
      if (r.status === 201) record('acked.jsonl', { kind: 'ballot', receipt: r.json.receipt, tries: job.tries + 1 });
      else if (r.status === 409 && job.tries > 0) record('acked.jsonl', { kind: 'ballot-earlier', tries: job.tries + 1 });
      else {
        record('failed.jsonl', { kind: 'ballot', status: r.status, text: r.text.slice(0, 120), ms: now() - t0 });
        job.tries++;
        queue.push(job);
      }
      await new Promise((ok) => setTimeout(ok, Math.max(0, gap - (now() - t0))));
    }
  }
  let n = 0;
  async function opinions() {
    while (now() < end) {
      const i = n++;
      const t0 = now();
      const body = JSON.stringify({ category: options.categories[i % options.categories.length], town: options.towns[i % options.towns.length], place: `第${i % 12 + 1}组`, content: `故障演练意见 ${i}：路灯不亮，请维修。` });
      const r = await call(base, 'POST', '/api/public/opinions', { body });
      if (r.status === 201 || r.status === 200) record('acked.jsonl', { kind: 'opinion', code: r.json.code ?? r.json.queryCode });
      else {
        record('failed.jsonl', { kind: 'opinion', status: r.status, text: r.text.slice(0, 120), ms: now() - t0 });
        await new Promise((ok) => setTimeout(ok, 50));
      }
    }
  }
  await Promise.all([caster(), opinions(), opinions(), opinions(), opinions()]);
} else if (verb === 'verify') {
  const [base, dir, killedAt = '0'] = args;
  const voteId = readFileSync(`${dir}/vote.id`, 'utf8').trim();
  const read = (f) => { try { return readFileSync(`${dir}/${f}`, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)); } catch { return []; } };
  const acked = read('acked.jsonl'), all = read('failed.jsonl');
  // Failures before the kill would be a fault of the drill, not of the failover: counted apart.
  const failed = all.filter((f) => f.t >= Number(killedAt));
  const missing = [];
  for (const a of acked) {
    if (a.kind === 'ballot') {
      const r = await call(base, 'GET', `/api/votes/${voteId}/board/lookup?receipt=${a.receipt}`);
      if (r.status !== 200 || !r.json.counted) missing.push(a);
    } else if (a.kind === 'opinion') {
      const r = await call(base, 'POST', '/api/public/opinions/track', { body: JSON.stringify({ code: a.code }) });
      if (r.status !== 200) missing.push({ ...a, status: r.status });
    }
  }
  // The write outage: from the first failed write to the first acknowledged one after it.
  const firstFail = failed.length ? Math.min(...failed.map((f) => f.t)) : null;
  const after = firstFail ? acked.filter((a) => a.t > firstFail).map((a) => a.t) : [];
  const lastFail = failed.length ? Math.max(...failed.map((f) => f.t)) : null;
  const statuses = {};
  for (const f of failed) statuses[f.status] = (statuses[f.status] ?? 0) + 1;
  console.log(JSON.stringify({
    ackedBallots: acked.filter((a) => a.kind === 'ballot').length,
    ballotsStoredBeforeAnswerLost: acked.filter((a) => a.kind === 'ballot-earlier').length,
    ackedOpinions: acked.filter((a) => a.kind === 'opinion').length,
    failedWrites: failed.length, failedByStatus: statuses, failedBeforeKill: all.length - failed.length,
    firstFailureAfterKillMs: failed.length ? Math.min(...failed.map((f) => f.t)) - Number(killedAt) : null,
    slowestFailureMs: failed.length ? Math.max(...failed.map((f) => f.ms)) : 0,
    outageSeconds: after.length ? (Math.min(...after) - firstFail) / 1000 : null,
    lastFailureToRecoverySeconds: lastFail && after.length ? ((acked.find((a) => a.t > lastFail)?.t ?? lastFail) - lastFail) / 1000 : null,
    missing: missing.length, missingSample: missing.slice(0, 3),
  }));
  if (missing.length) process.exit(1);
}
