// (a) A branch officer signs in with the initial password, must change it, then sees a menu
// without the administration pages.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, firstSignIn, menuNames, openBrowser, screenshot, tid } from './helpers.mjs'

test('branch officer: forced password change, then a menu without administration', async () => {
  const user = account('MD_E2E_BRANCH_USER', 'branch')
  const b = await openBrowser()
  try {
    const { page } = b
    await firstSignIn(page, user)
    await page.waitForURL((url) => url.pathname === '/')
    await page.locator(tid('home')).waitFor()
    const names = await menuNames(page)
    assert.ok(names.includes('home'), `menu: ${names}`)
    assert.ok(names.includes('messages'), `menu: ${names}`)
    assert.ok(!names.includes('users') && !names.includes('audit'), `menu: ${names}`)
    const menuText = await page.locator(tid('side-menu')).innerText()
    assert.match(menuText, /首页/)
    assert.match(menuText, /消息中心/)
    assert.doesNotMatch(menuText, /用户管理|审计日志/)
    await screenshot(page, 'a-branch-first-sign-in')
  } finally {
    await b.close()
  }
})
