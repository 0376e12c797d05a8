#!/usr/bin/env node
// Ballot encryption benchmark for the browser-side library (docs/VOTE-PROTOCOL.md, R8.2).
// Bundles web/src/modules/ballot/crypto/ to one ESM file with rolldown (Vite's bundler, already
// in web/node_modules), serves it from a throwaway local HTTP server, opens it in headless
// Chromium (playwright-core, /usr/bin/chromium) and times encryptions of a 15-question
// yes/no/abstain ballot: mean of 20 after a warm-up. The same code then runs in this Node
// process, with the cached public-key table and without any public-key table, for comparison.
// Prints one JSON line.
//   node bench/ballot-browser.mjs            (from anywhere; paths are relative to this file)
// Env: CHROMIUM=/path/to/chromium, BALLOT_RUNS=20, BALLOT_NODE=0 to skip the Node figures.
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const web = join(root, 'web')
const cryptoDir = join(web, 'src/modules/ballot/crypto')
const requireWeb = createRequire(join(web, 'package.json'))

const RUNS = Number(process.env.BALLOT_RUNS || 20)
const QUESTIONS = 15

/** The public API plus the benchmark-only switch for the public-key tables. */
async function bundle() {
  const { rolldown } = await import(pathToFileURL(requireWeb.resolve('rolldown')).href)
  const entry = '\0bench-entry'
  const b = await rolldown({
    input: entry,
    cwd: web,
    platform: 'browser',
    logLevel: 'silent',
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (id) => (id === entry ? entry : null),
        load: (id) =>
          id === entry
            ? `export * from ${JSON.stringify(join(cryptoDir, 'index.ts'))}\n` +
              `export { _setKeyPrecompute } from ${JSON.stringify(join(cryptoDir, 'group.ts'))}\n`
            : null,
      },
    ],
  })
  const { output } = await b.generate({ format: 'esm', minify: true })
  await b.close()
  return output[0].code
}

/** Runs in the page and in Node: `lib` is the bundle's namespace. Self-contained on purpose. */
function runBench(lib, runs, questions, keyTables) {
  const choices = Array.from({ length: questions }, (_, i) => i % 3)
  const key = lib.generateTrusteeKey('bench-vote', 1) // server-held mode: Y = X_1
  const Y = key.publicKey
  const mean = (a) => a.reduce((s, v) => s + v, 0) / a.length
  const time = (fn) => {
    const t = performance.now()
    fn()
    return performance.now() - t
  }
  lib._setKeyPrecompute(keyTables)
  let last = null
  const firstMs = time(() => (last = lib.encryptBallot('bench-vote', Y, 'options3', choices)))
  for (let i = 0; i < 3; i++) lib.encryptBallot('bench-vote', Y, 'options3', choices)
  const times = []
  for (let i = 0; i < runs; i++) times.push(time(() => (last = lib.encryptBallot('bench-vote', Y, 'options3', choices))))
  let ok = false
  const verifyMs = time(() => (ok = lib.verifyBallot(last.ballot, 'bench-vote', Y, 'options3', questions)))
  const pick = []
  for (let i = 0; i < 3 + runs; i++) {
    const ms = time(() => lib.encryptBallot('bench-vote', Y, 'pick', [1, 0, 1, 0, 0, 0, 0, 0, 0, 0], 3))
    if (i >= 3) pick.push(ms)
  }
  lib._setKeyPrecompute(true)
  return {
    encryptMs: mean(times),
    encryptMinMs: Math.min(...times),
    firstEncryptMs: firstMs, // includes building the G and Y tables (with keyTables)
    verifyMs,
    pick10of3Ms: mean(pick),
    verified: ok,
    ballotBytes: new TextEncoder().encode(JSON.stringify(last.ballot)).length,
  }
}

const round = (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10) / 10 : v]))

async function inBrowser(code) {
  const page = `<!doctype html><meta charset="utf-8"><title>ballot bench</title>
<script type="module">
import * as lib from '/crypto.js'
${runBench.toString()}
try { window.__result = runBench(lib, ${RUNS}, ${QUESTIONS}, true) } catch (e) { window.__result = { error: String(e) } }
</script>`
  const server = createServer((req, res) => {
    const body = req.url === '/crypto.js' ? code : req.url === '/' ? page : null
    if (body === null) {
      res.writeHead(404)
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': `text/${req.url === '/' ? 'html' : 'javascript'}; charset=utf-8` })
    res.end(body)
  })
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
  const { chromium } = requireWeb('playwright-core')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  })
  try {
    const tab = await browser.newPage()
    const errors = []
    tab.on('pageerror', (e) => errors.push(String(e)))
    await tab.goto(`http://127.0.0.1:${server.address().port}/`)
    await tab.waitForFunction(() => window.__result || null, null, { timeout: 180_000 }).catch(() => {
      throw new Error('benchmark page failed: ' + (errors.join('; ') || 'timeout'))
    })
    const r = await tab.evaluate(() => window.__result)
    if (r.error) throw new Error('benchmark page failed: ' + r.error)
    return r
  } finally {
    await browser.close()
    server.close()
  }
}

async function main() {
  const code = await bundle()
  const b = round(await inBrowser(code))
  const out = {
    browserEncryptMs: b.encryptMs,
    ballotBytes: b.ballotBytes,
    browserEncryptMinMs: b.encryptMinMs,
    browserFirstEncryptMs: b.firstEncryptMs,
    browserVerifyMs: b.verifyMs,
    browserPick10of3Ms: b.pick10of3Ms,
  }
  let ok = b.verified
  if (process.env.BALLOT_NODE !== '0') {
    const lib = await import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'))
    const cached = round(runBench(lib, RUNS, QUESTIONS, true))
    const plain = round(runBench(lib, RUNS, QUESTIONS, false))
    Object.assign(out, {
      nodeEncryptMs: cached.encryptMs,
      nodeEncryptNoKeyTableMs: plain.encryptMs,
      nodeFirstEncryptMs: cached.firstEncryptMs,
      nodeVerifyMs: cached.verifyMs,
    })
    ok = ok && cached.verified && plain.verified
  }
  Object.assign(out, { questions: QUESTIONS, runs: RUNS, bundleBytes: Buffer.byteLength(code), verified: ok })
  console.log(JSON.stringify(out))
  if (!ok) process.exitCode = 1
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
