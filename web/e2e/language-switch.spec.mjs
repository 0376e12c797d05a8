// (b) Switching to English on the sign-in page changes the labels, and the choice carries
// into the signed-in layout.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, firstSignIn, menuNames, openBrowser, screenshot, tid } from './helpers.mjs'

test('language switch on the sign-in page carries into the menu', async () => {
  const user = account('MD_E2E_LANG_USER', 'leader')
  const b = await openBrowser()
  try {
    const { page } = b
    await page.goto('/login')
    assert.match(await page.locator(tid('app-title')).innerText(), /明灯/)
    await page.locator(tid('lang-en')).click()
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    assert.equal(await page.locator(tid('app-title')).innerText(), 'Mingdeng · Party-building and Deputy Work Platform')
    const labels = await page.locator('.el-form-item__label').allInnerTexts()
    assert.deepEqual(labels.slice(0, 2), ['Username', 'Password'])
    assert.equal((await page.locator(tid('login-submit')).innerText()).trim(), 'Sign in')
    await screenshot(page, 'b-login-english')

    await firstSignIn(page, user)
    await page.waitForURL((url) => url.pathname === '/')
    const names = await menuNames(page)
    assert.ok(names.includes('home'))
    assert.equal((await page.locator(tid('menu-home')).innerText()).trim(), 'Home')
    assert.equal((await page.locator(tid('menu-messages')).innerText()).trim(), 'Messages')
    await screenshot(page, 'b-menu-english')
  } finally {
    await b.close()
  }
})
