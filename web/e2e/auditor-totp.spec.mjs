// (f) The audit administrator enrols TOTP and reads a non-empty audit log (the sign-ins of
// this very run are in it).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, enrollTotp, firstSignIn, menuNames, openBrowser, screenshot, tid } from './helpers.mjs'

test('auditor: TOTP enrolment, then the audit log has rows', async () => {
  const user = account('MD_E2E_AUDITOR_USER', 'auditor')
  const b = await openBrowser()
  try {
    const { page } = b
    await firstSignIn(page, user)
    await enrollTotp(page, user)
    await page.waitForURL((url) => url.pathname === '/')
    const names = await menuNames(page)
    assert.ok(names.includes('audit'), `menu: ${names}`)
    assert.match(await page.locator(tid('menu-audit')).innerText(), /审计日志/)
    await page.locator(tid('menu-audit')).click()
    await page.waitForURL('**/audit')
    await page.locator(`${tid('audit-table')} .el-table__row`).first().waitFor()
    const rows = await page.locator(`${tid('audit-table')} .el-table__row`).count()
    assert.ok(rows > 0, 'audit rows')
    await screenshot(page, 'f-auditor-audit')
  } finally {
    await b.close()
  }
})
