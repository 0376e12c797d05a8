// (e) The system administrator must change the password and enrol TOTP; afterwards the menu
// has user management and settings but not the audit log (separation of duties).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, enrollTotp, firstSignIn, menuNames, openBrowser, screenshot, tid } from './helpers.mjs'

test('admin: password change, TOTP enrolment, admin menu without audit', async () => {
  const user = account('MD_E2E_ADMIN_USER', 'admin')
  const b = await openBrowser()
  try {
    const { page } = b
    await firstSignIn(page, user)
    await enrollTotp(page, user)
    await page.waitForURL((url) => url.pathname === '/')
    const names = await menuNames(page)
    assert.ok(names.includes('users'), `menu: ${names}`)
    assert.ok(names.includes('settings'), `menu: ${names}`)
    assert.ok(!names.includes('audit'), `menu: ${names}`)
    const menuText = await page.locator(tid('side-menu')).innerText()
    assert.match(menuText, /用户管理/)
    assert.match(menuText, /系统设置/)
    assert.doesNotMatch(menuText, /审计日志/)
    await page.locator(tid('menu-users')).click()
    await page.locator(`${tid('users-table')} .el-table__row`).first().waitFor()
    await screenshot(page, 'e-admin-users')
  } finally {
    await b.close()
  }
})
