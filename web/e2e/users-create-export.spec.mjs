// (g) The system administrator creates a user and sees the one-time initial password, finds
// the new user by search (role and status shown), and exports the filtered list as .xlsx.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, openBrowser, screenshot, signInAs, tid } from './helpers.mjs'

test('admin: create a user, see the initial password, find by search, export .xlsx', async () => {
  const admin = account('MD_E2E_ADMIN_USER', 'admin')
  const username = `e2e.${Date.now().toString(36)}`
  const b = await openBrowser()
  try {
    const { page } = b
    await signInAs(page, admin)
    await page.locator(tid('menu-users')).click()
    await page.waitForURL('**/users')
    await page.locator(`${tid('users-table')} .el-table__row`).first().waitFor()

    await page.locator(tid('users-create')).click()
    const drawer = page
    await drawer.locator(tid('user-username')).fill(username)
    await drawer.locator(tid('user-display-name')).fill('测试党员')
    await drawer.locator(tid('user-phone')).fill('13912345678')
    await drawer.locator(tid('user-roles')).click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '党员' }).first().click()
    await page.keyboard.press('Escape')
    const created = page.waitForResponse((r) => r.url().endsWith('/api/users') && r.request().method() === 'POST')
    await drawer.locator(tid('user-save')).click()
    const res = await created
    assert.ok(res.ok(), `create: ${res.status()} ${await res.text()}`)

    const dialog = page.locator(tid('initial-password-dialog'))
    await dialog.waitFor()
    assert.match(await dialog.innerText(), new RegExp(username.replace('.', '\\.')))
    const initial = (await dialog.locator(tid('initial-password')).innerText()).trim()
    assert.ok(initial.length >= 8, `initial password shown: "${initial}"`)
    await dialog.locator(tid('initial-password-close')).click()
    await dialog.waitFor({ state: 'hidden' })

    await page.locator(tid('users-q')).fill(username)
    const searched = page.waitForResponse((r) => r.url().includes('/api/users?') && r.url().includes(`q=${encodeURIComponent(username)}`))
    await page.locator(tid('users-search')).click()
    await searched
    const rows = page.locator(`${tid('users-table')} .el-table__body-wrapper .el-table__row`)
    await assert.doesNotReject(() => rows.filter({ hasText: username }).first().waitFor())
    assert.equal(await rows.count(), 1, 'exactly the new user')
    const row = rows.first()
    assert.match(await row.innerText(), /测试党员/)
    assert.match(await row.locator(tid('user-role')).innerText(), /党员/)
    assert.equal((await row.locator(tid('user-state')).innerText()).trim(), '正常')

    const download = page.waitForEvent('download')
    await page.locator(tid('users-export')).click()
    const file = await download
    assert.match(file.suggestedFilename(), /\.xlsx$/, file.suggestedFilename())
    await screenshot(page, 'g-admin-user-created')
  } finally {
    await b.close()
  }
})
