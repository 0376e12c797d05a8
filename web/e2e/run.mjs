// Runs the browser tests (node:test) one file at a time against a server that is already
// running with freshly seeded demo data: MD_BASE_URL (default http://127.0.0.1:8080).
// Usage: node e2e/run.mjs [name-filter]
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const base = (process.env.MD_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '')
const filter = process.argv[2] ?? ''
// Alphabetical (node's test runner orders the files itself), then the lockout scenario on its
// own: it locks `member` for 15 minutes, and several scenarios sign in as `member`.
const isLockout = (f) => f.endsWith('lockout.spec.mjs')
const files = readdirSync(here)
  .filter((f) => f.endsWith('.spec.mjs') && f.includes(filter))
  .sort()
  .map((f) => join(here, f))
const rounds = [files.filter((f) => !isLockout(f)), files.filter(isLockout)].filter((r) => r.length)

try {
  const res = await fetch(`${base}/api/auth/me`)
  if (![200, 401].includes(res.status)) throw new Error(`unexpected status ${res.status}`)
} catch (e) {
  console.error(`e2e: no Mingdeng server answers at ${base} (${e.message}). Start it with demo data first.`)
  process.exit(2)
}

// Files run one after another: several scenarios sign in, and parallel sign-ins from one
// address could trip the server's rate limits.
const runRound = (round) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=600000', '--test-reporter=spec', ...round], {
      stdio: 'inherit',
      env: { ...process.env, MD_BASE_URL: base },
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
let failed = 0
for (const round of rounds) {
  const code = await runRound(round)
  failed ||= code
}
process.exit(failed)
