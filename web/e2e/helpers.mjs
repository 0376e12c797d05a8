// Shared plumbing for the browser tests: one headless Chromium from the system, a fresh
// context per scenario, sign-in helpers and an RFC 6238 TOTP generator.
import { chromium } from 'playwright-core'
import { createHmac } from 'node:crypto'
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs'
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

/** On the TOTP setup page: read the secret shown, type the current code, finish. */
export async function enrollTotp(page) {
  await page.waitForURL('**/totp-setup')
  const secretEl = page.locator(tid('totp-secret'))
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-secret'), tid('totp-secret'))
  const secret = (await secretEl.getAttribute('data-secret')) || (await secretEl.innerText())
  await page.locator(tid('totp-qr')).waitFor()
  // A code about to expire may be stale by the time it reaches the server: wait for a fresh step.
  if (Date.now() / 1000 % 30 > 25) await page.waitForTimeout(6000)
  await page.locator(tid('totp-code')).fill(totp(secret))
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
