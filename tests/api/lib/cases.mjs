// The .test data-file format: steps separated by "====", each a request, "----", and the
// expected answer. See ../README.md for the grammar.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Session } from './client.mjs';
import { pick, subsetMismatch } from './subset.mjs';
import { totpCode } from './totp.mjs';

const HEADER_RE = /^([A-Za-z0-9][A-Za-z0-9-]*):\s?(.*)$/;

/** All .test files under dir, sorted by path. */
export function findCases(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.test')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function stripComments(lines) {
  return lines.filter((l) => !/^\s*#/.test(l));
}

function parseRequest(text, where) {
  const lines = stripComments(text.split('\n'));
  while (lines.length && lines[0].trim() === '') lines.shift();
  if (!lines.length) throw new Error(`${where}: no request line`);
  const m = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(\S+)\s+as\s+(\S+)\s*$/.exec(lines.shift());
  if (!m) throw new Error(`${where}: request line must be "METHOD /path as <account|anonymous>"`);
  const headers = [];
  while (lines.length && HEADER_RE.test(lines[0]) && !/^\s*[[{"]/.test(lines[0])) {
    const [, k, v] = HEADER_RE.exec(lines.shift());
    headers.push([k, v]);
  }
  const body = lines.join('\n').trim();
  return { method: m[1], path: m[2], as: m[3], headers, body: body === '' ? undefined : body };
}

function parseExpected(text, where) {
  const lines = stripComments(text.split('\n'));
  while (lines.length && lines[0].trim() === '') lines.shift();
  const statusLine = (lines.shift() ?? '').trim();
  if (!/^\d{3}$/.test(statusLine)) throw new Error(`${where}: expected status line (3 digits), got "${statusLine}"`);
  const exp = { status: Number(statusLine), headers: [], captures: [], directives: [], body: [] };
  for (const line of lines) {
    let m;
    if ((m = /^capture\s+(\w+)\s*=\s*(\S+)\s*$/.exec(line))) exp.captures.push([m[1], m[2]]);
    else if (/^@/.test(line)) exp.directives.push(line.trim());
    else if (!exp.body.length && (m = HEADER_RE.exec(line)) && !/^\s*[[{"]/.test(line)) exp.headers.push([m[1], m[2]]);
    else exp.body.push(line);
  }
  exp.body = exp.body.join('\n').trim();
  return exp;
}

/** Parses one .test file into {title, steps:[{request, expected}]}. */
export function parseCase(path) {
  const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const title = (/^#\s*(.+)$/m.exec(text) ?? [, ''])[1].trim();
  const steps = text.split(/^====\s*$/m).map((chunk, i) => {
    const parts = chunk.split(/^----\s*$/m);
    const where = `${path} step ${i + 1}`;
    if (parts.length !== 2) throw new Error(`${where}: needs exactly one "----" line`);
    return { request: parseRequest(parts[0], where), expected: parseExpected(parts[1], where) };
  });
  return { title, steps };
}

/**
 * Replaces {{…}}: captured variables, {{repeat:X:N}}, {{uid:account}}, {{password:account}},
 * {{totp:account}}, {{code:VAR}} (TOTP code of a captured secret, computed once per case),
 * {{today[:DAYS]}} (China date, plus days), {{unix:OFFSET}} (unix seconds now + OFFSET), {{month:OFFSET}} (China month
 * + OFFSET, YYYY-MM), {{monthUnix:OFFSET[:SECONDS]}} (10:00 on the 10th of that
 * month, plus seconds), {{demoPassword}}, and what a browser computes for a vote, made by
 * `mingdeng ballot-tool` and kept under NAME for the rest of the case:
 * {{tool-key:NAME:UID:INDEX}} (a scrutineer's key: the trustee-key body),
 * {{tool-ballot:NAME:UID:KEY:FORM:CHOICES[:MAXPICKS[:TAMPER]]}} (an encrypted ballot),
 * {{tool-partial:NAME:KEYNAME:UID:INDEX:TALLY}} (scrutineer INDEX's partial decryption with the
 * key the tool-key KEYNAME made earlier in the case: the partial body);
 * UID, KEY and TALLY are captured variables, CHOICES like 0.1.2 (dots for commas).
 */
export function expand(text, vars, env) {
  return text.replace(/\{\{([^}]+)\}\}/g, (_, expr) => {
    const [name, ...args] = expr.trim().split(':');
    switch (name) {
      case 'repeat':
        return args[0].repeat(Number(args[1]));
      case 'uid':
        return String(env.account(args[0]).id);
      case 'password':
        return env.account(args[0]).password;
      case 'totp':
        return totpCode(env.account(args[0]).totpSecret);
      case 'code': {
        // Computed once per case from a captured secret, then reused (a replay test needs it).
        const memo = `code:${args[0]}`;
        if (!(memo in vars)) {
          if (!(args[0] in vars)) throw new Error(`unknown variable {{${expr}}}`);
          vars[memo] = totpCode(String(vars[args[0]]));
        }
        return vars[memo];
      }
      case 'tool-key':
      case 'tool-ballot':
      case 'tool-partial':
        if (!(args[0] in vars)) vars[args[0]] = ballotTool(name, args, vars, env);
        return vars[args[0]];
      case 'unix':
        // Unix seconds now, plus an offset ({{unix:-600}}): meetings happening right now.
        return String(Math.floor(Date.now() / 1000) + Number(args[0] ?? 0));
      case 'today':
        // The China date plus an offset in days ({{today}}, {{today:3}}: three days on).
        return new Date(Date.now() + 8 * 3600_000 + Number(args[0] ?? 0) * 86400_000).toISOString().slice(0, 10);
      case 'month':
        // The China-time month plus an offset ({{month:-1}}: last month), YYYY-MM.
        return new Date(chinaMonth(Number(args[0] ?? 0)).getTime() + 8 * 3600_000).toISOString().slice(0, 7);
      case 'monthUnix':
        // Unix seconds at 10:00 China time on the 10th of that month, plus seconds
        // ({{monthUnix:-3}}, {{monthUnix:-3:5400}}).
        return String(Math.floor(chinaMonth(Number(args[0] ?? 0)).getTime() / 1000) + 9 * 86400 + 2 * 3600 + Number(args[1] ?? 0));
      case 'demoPassword':
        return env.demoPassword;
      default:
        if (!(name in vars)) throw new Error(`unknown variable {{${expr}}}`);
        return String(vars[name]);
    }
  });
}

/** 00:00 China time (as a UTC Date shifted by +8 h) of the 1st of this month plus `offset`. */
function chinaMonth(offset) {
  const now = new Date(Date.now() + 8 * 3600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1) - 8 * 3600_000);
}

/** Runs `mingdeng ballot-tool` for a {{tool-…}} placeholder; returns the JSON text to insert. */
function ballotTool(kind, args, vars, env) {
  const v = (name) => {
    if (!(name in vars)) throw new Error(`unknown variable ${name}`);
    return String(vars[name]);
  };
  const run = (argv) => execFileSync(env.bin, ['ballot-tool', ...argv], { encoding: 'utf8' }).trim();
  if (kind === 'tool-key') {
    const key = JSON.parse(run(['key', '--uid', v(args[1]), '--index', args[2]]));
    vars[`secret:${args[0]}`] = key.secret;
    return JSON.stringify({ publicKey: key.publicKey, proof: key.proof });
  }
  if (kind === 'tool-ballot') {
    const [, uid, key, form, choices, maxPicks, tamper] = args;
    const argv = ['ballot', '--uid', v(uid), '--key', v(key), '--form', form, '--choices', choices.replace(/\./g, ',')];
    if (maxPicks) argv.push('--max-picks', maxPicks);
    if (tamper) argv.push('--tamper', tamper);
    return run(argv);
  }
  const [, keyName, uid, index, tally] = args;
  const secret = vars[`secret:${keyName}`];
  if (!secret) throw new Error('tool-partial needs a tool-key made earlier in the case');
  return run(['partial', '--uid', v(uid), '--index', index, '--secret', secret, '--tally', v(tally)]);
}

function describeResponse(res) {
  const body = res.json !== undefined ? JSON.stringify(res.json) : res.text;
  return `${res.status} ${body.length > 600 ? body.slice(0, 600) + '…' : body}`;
}

/** Runs one parsed case; throws an Error naming the step and the mismatch. */
export async function runCase(env, path) {
  const parsed = parseCase(path);
  const vars = {};
  const local = new Map();
  const sessionFor = (who) => {
    if (who === 'anonymous') return null;
    if (env.sessions.has(who)) return env.sessions.get(who);
    if (!local.has(who)) local.set(who, new Session(who));
    return local.get(who);
  };
  for (const [i, { request, expected }] of parsed.steps.entries()) {
    const where = `${relative(env.casesDir, path)} step ${i + 1} (${request.method} ${request.path} as ${request.as})`;
    const headers = {};
    for (const [k, v] of request.headers) {
      const value = expand(v, vars, env);
      headers[k] = k.toLowerCase() === 'x-csrf-token' && value === '(none)' ? null : value;
    }
    let body;
    if (request.body !== undefined) {
      const b = expand(request.body, vars, env);
      body = b.startsWith('@base64 ') ? Buffer.from(b.slice(8).replace(/\s+/g, ''), 'base64') : b;
    }
    const res = await env.client.request(request.method, expand(request.path, vars, env), {
      session: sessionFor(request.as), headers, body,
    });
    const fail = (msg) => {
      throw new Error(`${where}: ${msg}\n  response: ${describeResponse(res)}`);
    };
    if (res.status !== expected.status) fail(`status ${res.status}, expected ${expected.status}`);
    for (const [k, v] of expected.headers) {
      const actual = res.headers.get(k);
      const want = expand(v, vars, env);
      if (actual === null || !actual.toLowerCase().includes(want.toLowerCase())) {
        fail(`header ${k}: expected to contain "${want}", got ${JSON.stringify(actual)}`);
      }
    }
    if (expected.body) {
      const want = expand(expected.body, vars, env);
      if (/^[[{]/.test(want)) {
        let wantJson;
        try {
          wantJson = JSON.parse(want);
        } catch (e) {
          throw new Error(`${where}: expected body is not valid JSON: ${e.message}`);
        }
        if (res.json === undefined) fail('expected a JSON body');
        const m = subsetMismatch(wantJson, res.json);
        if (m) fail(`body mismatch at ${m}`);
      } else if (res.text.trim() !== want) {
        fail(`body: expected ${JSON.stringify(want)}`);
      }
    }
    for (const d of expected.directives) {
      let m;
      if ((m = /^@starts-with\s+(.+)$/.exec(d))) {
        if (!res.bytes.toString('latin1').startsWith(m[1])) fail(`body does not start with ${JSON.stringify(m[1])}`);
      } else if ((m = /^@starts-with-hex\s+([0-9a-fA-F]+)$/.exec(d))) {
        const want = Buffer.from(m[1], 'hex');
        if (!res.bytes.subarray(0, want.length).equals(want)) fail(`body does not start with bytes ${m[1]}`);
      } else if ((m = /^@matches\s+(\S+)\s+(.+)$/.exec(d))) {
        const v = pick(res.json, m[1]);
        const re = expand(m[2], vars, env); // e.g. a deadline ^{{month:3}}-\d\d$
        if (typeof v !== 'string' || !new RegExp(re).test(v)) fail(`${m[1]} = ${JSON.stringify(v)} does not match /${re}/`);
      } else if ((m = /^@absent\s+(\S+)$/.exec(d))) {
        if (pick(res.json, m[1]) !== undefined) fail(`${m[1]} should be absent`);
      } else if ((m = /^@length\s+(\S+)\s*=\s*(\d+)$/.exec(d))) {
        const v = m[1] === '$' ? res.json : pick(res.json, m[1]);
        if (!Array.isArray(v) || v.length !== Number(m[2])) fail(`${m[1]} should have ${m[2]} elements`);
      } else if ((m = /^@not-contains\s+(.+)$/.exec(d))) {
        const needle = expand(m[1], vars, env);
        if (res.text.includes(needle)) fail(`body must not contain ${JSON.stringify(needle)}`);
      } else if ((m = /^@min-bytes\s+(\d+)$/.exec(d))) {
        if (res.bytes.length < Number(m[1])) fail(`body has ${res.bytes.length} bytes, expected at least ${m[1]}`);
      } else {
        throw new Error(`${where}: unknown directive ${d}`);
      }
    }
    for (const [name, p] of expected.captures) {
      if (p === '$base64') {
        // The raw answer (e.g. an exported .xlsx), to be posted back with "@base64 {{name}}".
        vars[name] = res.bytes.toString('base64');
        continue;
      }
      const v = pick(res.json, p);
      if (v === undefined) fail(`capture ${name}: ${p} not in the body`);
      vars[name] = typeof v === 'object' ? JSON.stringify(v) : v;
    }
  }
  return parsed;
}
