// (opinions) The clerk manages the departments that answer referrals: adds one, links the
// `dept` account to it, deactivates it (it leaves the referral choices) and reactivates it.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

const NAME = `e2e区水务局${Date.now() % 100000}`

test('the clerk adds a department, links an account, deactivates and reactivates it', async () => {
  const clerk = await signedInBrowser('clerk')
  try {
    const { page } = clerk
    await page.goto('/departments')
    await page.locator(`${tid('department-new-name')} input, input${tid('department-new-name')}`).first().fill(NAME)
    const added = page.waitForResponse((r) => r.url().endsWith('/api/departments') && r.request().method() === 'POST')
    await page.locator(tid('department-add')).click()
    const res = await added
    assert.equal(res.status(), 201, await res.text())
    const { id } = await res.json()
    const row = page.locator(`${tid('departments-table')} tr`, { hasText: NAME })
    await row.waitFor()

    await page.locator(tid(`department-link-${id}`)).click()
    await page.locator(tid('department-accounts')).click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '（dept）' }).first().click()
    await page.locator('.el-dialog .muted').click() // closes the multi-select's dropdown
    const linked = page.waitForResponse((r) => r.url().endsWith(`/api/departments/${id}/users`))
    await page.locator(tid('department-link-save')).click()
    assert.ok((await linked).ok())
    await row.getByText('（dept）').waitFor()

    await page.locator(tid(`department-toggle-${id}`)).click()
    await row.getByText('已停用').waitFor()
    await screenshot(page, 'opinions-departments')
    await page.locator(tid(`department-toggle-${id}`)).click()
    await row.getByText('启用', { exact: true }).first().waitFor()
  } finally {
    await clerk.close()
  }
})
