// Times the read routes of the volunteers, donations and enterprises modules over HTTP against
// a running server with demo data, signed in as the clerk, next to GET /api/auth/me (the
// cheapest signed-in route) measured in the same run. Prints one JSON line.
// Usage: node bench/volunteers_http.mjs URL REQUESTS
const [base, requestsArg] = process.argv.slice(2)
const requests = Number(requestsArg ?? 500)
const cookies = new Map()

async function call(method, path, body) {
  const headers = { 'Content-Type': 'application/json', Cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
  if (method !== 'GET' && cookies.has('md_csrf')) headers['X-CSRF-Token'] = cookies.get('md_csrf')
  const res = await fetch(base + path, { method, headers, body: body ? JSON.stringify(body) : undefined })
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';')
    const i = pair.indexOf('=')
    cookies.set(pair.slice(0, i), pair.slice(i + 1))
  }
  const text = await res.text()
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`)
  return text
}

await call('POST', '/api/auth/login', { username: 'clerk', password: 'Mingdeng@2026' })
await call('POST', '/api/auth/password', { oldPassword: 'Mingdeng@2026', newPassword: 'Bench!Lamp-2026' })

async function time(path) {
  for (let i = 0; i < 20; i++) await call('GET', path) // warm-up
  const ms = []
  for (let i = 0; i < requests; i++) {
    const t = performance.now()
    await call('GET', path)
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  const at = (q) => Number(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(2))
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) }
}

const out = { requests }
for (const [name, path] of [
  ['me', '/api/auth/me'],
  ['activities', '/api/volunteers/activities?year=2020'],
  ['hours', '/api/volunteers/hours?year=2020'],
  ['myHours', '/api/my/volunteering?year=2020'],
  ['donations', '/api/donations?campaign=' + encodeURIComponent('2020年新冠肺炎疫情防控捐款捐物')],
  ['totals', '/api/donations/totals'],
  ['ack', '/api/donations/acknowledgement?campaign=' + encodeURIComponent('2020年新冠肺炎疫情防控捐款捐物')],
  ['enterprises', '/api/enterprises'],
  ['instructors', '/api/enterprise-instructors'],
]) {
  out[name] = await time(path)
}
console.log(JSON.stringify(out))
