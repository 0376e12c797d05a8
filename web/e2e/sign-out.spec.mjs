// (c) Signing out ends the session on the server, not only in the page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, openBrowser, screenshot, signInAs, tid } from './helpers.mjs'

test('sign-out returns to the sign-in page and the session is gone', async () => {
  const user = account('MD_E2E_SIGNOUT_USER', 'clerk')
  const b = await openBrowser()
  try {
    const { page } = b
    // The clerk may already be past the first sign-in (the org and people scenarios use it).
    await signInAs(page, user)
    await page.locator(tid('logout-button')).click()
    const logout = page.waitForResponse((r) => r.url().endsWith('/api/auth/logout'))
    await page.locator('.md-signout-confirm .el-button--primary').click()
    assert.equal((await logout).status(), 204)
    await page.waitForURL('**/login')

    const status = await page.evaluate(async () => (await fetch('/api/auth/me', { credentials: 'same-origin' })).status)
    assert.equal(status, 401)

    await page.goto('/')
    await page.waitForURL('**/login**')
    await page.locator(tid('login-username')).waitFor()
    await screenshot(page, 'c-signed-out')
  } finally {
    await b.close()
  }
})
