// (d) Five wrong passwords lock the account: the sixth attempt is refused even with the
// right password, and the page says so.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { INITIAL_PASSWORD, account, openBrowser, screenshot, submitLogin, tid } from './helpers.mjs'

test('five wrong passwords lock the account', async () => {
  const user = account('MD_E2E_LOCKOUT_USER', 'member')
  const b = await openBrowser()
  try {
    const { page } = b
    await page.goto('/login')
    for (let i = 1; i <= 5; i++) {
      const res = await submitLogin(page, user, `wrong-password-${i}`)
      assert.ok([401, 429].includes(res.status()), `attempt ${i}: ${res.status()}`)
    }
    const res = await submitLogin(page, user, INITIAL_PASSWORD)
    assert.equal(res.status(), 429)
    const alert = page.locator(tid('login-error'))
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-code') === 'auth.locked', tid('login-error'))
    const text = await alert.innerText()
    assert.match(text, /锁定/)
    assert.equal(page.url().endsWith('/login'), true)
    await screenshot(page, 'd-locked')
  } finally {
    await b.close()
  }
})
