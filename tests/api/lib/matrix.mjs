// permissions.matrix: who may call each route. One line per route: "METHOD /path: roles…",
// or "public" (anyone, signed in or not) or "all" (anyone signed in).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNTS } from './accounts.mjs';

export const ROLES = new Set(Object.values(ACCOUNTS));

/** Reads permissions.matrix and every matrix/<module>.matrix beside it (one file per module). */
export function matrixFiles(dir) {
  const extra = existsSync(join(dir, 'matrix'))
    ? readdirSync(join(dir, 'matrix')).filter((f) => f.endsWith('.matrix')).sort().map((f) => join(dir, 'matrix', f))
    : [];
  return [join(dir, 'permissions.matrix'), ...extra];
}

export function parseMatrix(paths) {
  const routes = [];
  const seen = new Set();
  for (const path of [].concat(paths))
  for (const [n, raw] of readFileSync(path, 'utf8').split('\n').entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const m = /^(GET|POST|PUT|DELETE)\s+(\/\S*):\s*(.+)$/.exec(line);
    if (!m) throw new Error(`${path}:${n + 1}: expected "METHOD /path: roles…", got "${raw}"`);
    const key = `${m[1]} ${m[2]}`;
    if (seen.has(key)) throw new Error(`${path}:${n + 1}: ${key} listed twice`);
    seen.add(key);
    const words = m[3].trim().split(/\s+/);
    let access = 'roles';
    if (words.length === 1 && (words[0] === 'public' || words[0] === 'all')) access = words[0];
    else {
      for (const w of words) {
        if (!ROLES.has(w)) throw new Error(`${path}:${n + 1}: unknown role "${w}"`);
      }
    }
    routes.push({ method: m[1], path: m[2], key, access, roles: access === 'roles' ? new Set(words) : null });
  }
  return routes;
}

/** Whether an identity (a role, or null for anonymous) may call the route. */
export function allows(route, role) {
  if (route.access === 'public') return true;
  if (role === null) return false;
  if (route.access === 'all') return true;
  return route.roles.has(role);
}

/** The concrete path used in the walk: {id}-like → 999999, other {names} → no.such.key. */
export function concretePath(path) {
  return path.replace(/\{(\w+)\}/g, (_, name) => (name === 'id' || name.endsWith('Id') ? '999999' : 'no.such.key'));
}
