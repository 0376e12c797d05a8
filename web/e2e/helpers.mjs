// Shared plumbing for the browser tests: one headless Chromium from the system, a fresh
// context per scenario, sign-in helpers and an RFC 6238 TOTP generator.
import { chromium } from 'playwright-core'
import { createHmac } from 'node:crypto'
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const BASE_URL = (process.env.MD_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '')
export const INITIAL_PASSWORD = process.env.MD_E2E_INITIAL_PASSWORD ?? 'Mingdeng@2026'
export const NEW_PASSWORD = process.env.MD_E2E_NEW_PASSWORD ?? 'Lamp#Way2026e2e'
const SHOTS = new URL('./screenshots/', import.meta.url).pathname

/** The account a scenario uses; overridable per scenario so reruns can use fresh accounts. */
export function account(envName, fallback) {
  return process.env[envName] || fallback
}

/** launchPersistentContext gives each run its own throw-away --user-data-dir. */
export async function openBrowser({ width = 1280, height = 860 } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'md-e2e-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.MD_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width, height },
    locale: 'zh-CN',
    baseURL: BASE_URL,
  })
  context.setDefaultTimeout(15_000)
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
}

const tid = (id) => `[data-testid="${id}"]`
export { tid }

/** Fills the sign-in form and submits; resolves with the /api/auth/login response. */
export async function submitLogin(page, username, password) {
  await page.locator(tid('login-username')).fill(username)
  await page.locator(tid('login-password')).fill(password)
  const response = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'))
  await page.locator(tid('login-submit')).click()
  return response
}

/** Sign-in with the initial password, then the forced password change. */
export async function firstSignIn(page, username) {
  await page.goto('/login')
  await submitLogin(page, username, INITIAL_PASSWORD)
  await page.waitForURL('**/change-password')
  await page.locator(tid('password-old')).fill(INITIAL_PASSWORD)
  await page.locator(tid('password-new')).fill(NEW_PASSWORD)
  await page.locator(tid('password-confirm')).fill(NEW_PASSWORD)
  const response = page.waitForResponse((r) => r.url().endsWith('/api/auth/password'))
  await page.locator(tid('password-submit')).click()
  const res = await response
  if (!res.ok()) throw new Error(`password change failed: ${res.status()} ${await res.text()}`)
}

export function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const clean = text.toUpperCase().replace(/[\s=-]/g, '')
  let bits = 0
  let value = 0
  const out = []
  for (const ch of clean) {
    const idx = alphabet.indexOf(ch)
    if (idx < 0) throw new Error(`not base32: ${ch}`)
    value = (value << 5) | idx
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

/** RFC 6238 TOTP: HMAC-SHA1, 30-second steps, 6 digits. */
export function totp(secretBase32, time = Date.now(), step = 30, digits = 6) {
  const counter = Math.floor(time / 1000 / step)
  const msg = Buffer.alloc(8)
  msg.writeBigUInt64BE(BigInt(counter))
  const mac = createHmac('sha1', base32Decode(secretBase32)).update(msg).digest()
  const offset = mac[mac.length - 1] & 0x0f
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits
  return String(code).padStart(digits, '0')
}

// Scenarios run one file after another against one database: an authenticator enrolled in
// one file (admin) is needed again by a later one. The secret and the last 30-second step
// used (the server refuses a code twice) are kept in a small file next to the run.
const STATE_FILE = join(tmpdir(), `md-e2e-state-${new URL(BASE_URL).port || '80'}.json`)

function loadState() {
  try {
    return existsSync(STATE_FILE) ? JSON.parse(readFileSync(STATE_FILE, 'utf8')) : {}
  } catch {
    return {}
  }
}

function saveUserState(username, patch) {
  const state = loadState()
  state[username] = { ...state[username], ...patch }
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2))
}

const currentStep = () => Math.floor(Date.now() / 30_000)

/** A code for the user's authenticator that the server has not seen yet (waits for a new step if needed). */
export async function freshTotp(username, secret) {
  const last = loadState()[username]?.lastStep ?? 0
  // A code about to expire may be stale by the time it reaches the server; a used step is refused.
  while (currentStep() <= last || (Date.now() / 1000) % 30 > 26) await new Promise((r) => setTimeout(r, 1000))
  saveUserState(username, { lastStep: currentStep() })
  return totp(secret)
}

/**
 * Signs in as `username` whatever the account's state: already past its first sign-in (new
 * password, and a code when it has an authenticator from an earlier scenario), or fresh from
 * the seed (initial password → forced change → authenticator enrolment when required).
 * Ends on the home page.
 */
export async function signInAs(page, username) {
  await page.goto('/login')
  let res = await submitLogin(page, username, NEW_PASSWORD)
  if (res.ok()) {
    await page.waitForURL((url) => url.pathname === '/')
    return
  }
  const body = await res.json().catch(() => ({}))
  if (body.code === 'auth.totp_required') {
    const secret = loadState()[username]?.secret
    if (!secret) throw new Error(`${username} has an authenticator this run does not know; reseed the demo database`)
    await page.locator(tid('login-totp')).fill(await freshTotp(username, secret))
    const again = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'))
    await page.locator(tid('login-submit')).click()
    res = await again
    if (!res.ok()) throw new Error(`${username}: sign-in with code failed: ${res.status()} ${await res.text()}`)
    await page.waitForURL((url) => url.pathname === '/')
    return
  }
  // Fresh account from the seed.
  await page.locator(tid('login-password')).fill('')
  await firstSignIn(page, username)
  await page.waitForURL((url) => ['/', '/totp-setup'].includes(url.pathname))
  if (new URL(page.url()).pathname === '/totp-setup') await enrollTotp(page, username)
  await page.waitForURL((url) => url.pathname === '/')
}

/**
 * A fresh browser (zh-CN, optionally phone-sized) signed in as `username`. A failed sign-in
 * closes the browser: one left open would keep the test process alive.
 */
export async function signedInBrowser(username, size) {
  const b = await openBrowser(size)
  try {
    await b.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await signInAs(b.page, username)
    return b
  } catch (e) {
    await b.close()
    throw e
  }
}

/** On the TOTP setup page: read the secret shown, type the current code, finish. */
export async function enrollTotp(page, username) {
  await page.waitForURL('**/totp-setup')
  const secretEl = page.locator(tid('totp-secret'))
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-secret'), tid('totp-secret'))
  const secret = (await secretEl.getAttribute('data-secret')) || (await secretEl.innerText())
  await page.locator(tid('totp-qr')).waitFor()
  let code
  if (username) {
    saveUserState(username, { secret, lastStep: 0 })
    code = await freshTotp(username, secret)
  } else {
    // A code about to expire may be stale by the time it reaches the server: wait for a fresh step.
    if (Date.now() / 1000 % 30 > 25) await page.waitForTimeout(6000)
    code = totp(secret)
  }
  await page.locator(tid('totp-code')).fill(code)
  const response = page.waitForResponse((r) => r.url().endsWith('/api/auth/totp/enable'))
  await page.locator(tid('totp-submit')).click()
  const res = await response
  if (!res.ok()) throw new Error(`TOTP enable failed: ${res.status()} ${await res.text()}`)
  return secret
}

/** Names of the side-menu entries (from data-testid menu-<name>). */
export async function menuNames(page) {
  await page.locator(tid('side-menu')).waitFor()
  const ids = await page.locator(`${tid('side-menu')} [data-testid^="menu-"]`).evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-testid').slice('menu-'.length)),
  )
  return ids
}

/** Opens an el-tree-select (its wrapper `box`) and clicks the node whose label matches `label`. */
export async function pickTreeOption(page, box, label) {
  await box.click()
  const text = typeof label === 'string' ? new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : label
  const option = page.locator('.el-tree-select__popper:visible .el-tree-node__content', { hasText: text }).first()
  await option.waitFor()
  await option.click()
}

/** A resident ID number with a valid check character for the first 17 characters given. */
export function idCardNumber(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}
