// Dev aid (not part of the test suite): brings the demo accounts past their first sign-in
// through the API (new password, authenticator) so scripts/sweep.mjs can screenshot every page.
// Writes the TOTP secrets to /tmp/md-sweep.json. Run against a freshly seeded server only.
import { writeFileSync, existsSync, readFileSync } from 'node:fs'
import { totp, INITIAL_PASSWORD, NEW_PASSWORD, BASE_URL } from '../e2e/helpers.mjs'

const FILE = '/tmp/md-sweep.json'
const state = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : {}
const users = process.argv.slice(2).length ? process.argv.slice(2) : ['admin', 'secadmin', 'auditor', 'leader', 'branch', 'member']

async function call(jar, method, path, body) {
  const headers = { Accept: 'application/json', Cookie: Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ') }
  if (jar.md_csrf) headers['X-CSRF-Token'] = jar.md_csrf
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(BASE_URL + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  for (const c of res.headers.getSetCookie()) {
    const [kv] = c.split(';')
    const i = kv.indexOf('=')
    jar[kv.slice(0, i)] = kv.slice(i + 1)
  }
  const text = await res.text()
  return { status: res.status, data: text ? JSON.parse(text) : null }
}

for (const u of users) {
  const jar = {}
  const secret = state[u]?.secret
  let r
  for (const pw of [NEW_PASSWORD, INITIAL_PASSWORD]) {
    r = await call(jar, 'POST', '/api/auth/login', { username: u, password: pw, ...(secret ? { totpCode: totp(secret) } : {}) })
    if (r.status === 200) { state[u] = { ...state[u], password: pw }; break }
  }
  if (r.status !== 200) { console.log(u, 'login failed', r.status, r.data); continue }
  let me = r.data
  if (me.mustChangePassword) {
    r = await call(jar, 'POST', '/api/auth/password', { oldPassword: state[u].password, newPassword: NEW_PASSWORD })
    if (r.status !== 200) { console.log(u, 'password', r.status, r.data); continue }
    state[u].password = NEW_PASSWORD
    me = r.data
  }
  if (me.totpRequired && !me.totpEnabled) {
    r = await call(jar, 'POST', '/api/auth/totp/setup')
    const s = r.data.secret
    r = await call(jar, 'POST', '/api/auth/totp/enable', { code: totp(s) })
    if (r.status !== 200) { console.log(u, 'totp', r.status, r.data); continue }
    state[u].secret = s
  }
  console.log(u, 'ready', me.roles)
}
writeFileSync(FILE, JSON.stringify(state, null, 2))
