// (dues) The clerk finds a member who has not paid this month, records the payment with its
// receipt in the member's drawer, sees the member leave the "unpaid" list, and cannot record
// the same receipt twice; a member then sees their own dues on a phone.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

async function chooseStatus(page, label) {
  await page.locator(tid('dues-status')).click()
  await page.locator('.el-select-dropdown__item', { hasText: label }).locator('visible=true').first().click()
}

test('the clerk records a month of dues and the member leaves the unpaid list', async () => {
  const open = []
  try {
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    const { page } = clerk
    await page.goto('/dues')
    const table = page.locator(tid('dues-table'))
    await table.locator('.el-table__row').first().waitFor()
    const listed = page.waitForResponse((r) => /\/api\/dues\?/.test(r.url()) && r.url().includes('status=unpaid'))
    await chooseStatus(page, '未缴')
    await listed
    const row = table.locator('.el-table__row').first()
    await row.waitFor()
    const cells = row.locator('td')
    const name = (await cells.first().innerText()).trim()
    assert.ok(name, 'an unpaid member is listed')
    const dueText = (await cells.nth(4).innerText()).trim().replace(/,/g, '')
    assert.match(dueText, /^\d+\.\d{2}$/, `monthly due: ${dueText}`)

    await row.click()
    const drawer = page.locator(tid('dues-drawer'))
    await drawer.getByText(`${name} 的党费`).waitFor()
    await drawer.getByRole('tab', { name: '登记缴费' }).click()
    const receipt = `E2E-${Date.now()}`
    await drawer.locator(`${tid('dues-pay-amount')} input, input${tid('dues-pay-amount')}`).first().fill(dueText)
    await drawer.locator(`${tid('dues-pay-receipt')} input, input${tid('dues-pay-receipt')}`).first().fill(receipt)
    const saved = page.waitForResponse((r) => /\/api\/dues\/people\/\d+\/payments$/.test(r.url()))
    await drawer.locator(tid('dues-pay-submit')).click()
    const res = await saved
    assert.equal(res.status(), 201, `payment: ${res.status()} ${await res.text()}`)
    await page.locator('.el-message--success').first().waitFor()

    // The same receipt again: refused with a message naming it; nothing more is recorded.
    await drawer.locator(`${tid('dues-pay-receipt')} input, input${tid('dues-pay-receipt')}`).first().fill(receipt)
    const again = page.waitForResponse((r) => /\/api\/dues\/people\/\d+\/payments$/.test(r.url()))
    await drawer.locator(tid('dues-pay-submit')).click()
    assert.equal((await again).status(), 409)
    await page.locator('.el-message--error', { hasText: receipt }).first().waitFor()
    await drawer.getByRole('tab', { name: '缴费记录' }).click()
    assert.equal(await drawer.getByText(receipt).count(), 1, 'the receipt is recorded once')
    await screenshot(page, 'dues-payment-recorded')

    // Closed drawer, reloaded list: this member has paid this month.
    await page.keyboard.press('Escape')
    await table.getByText(name, { exact: true }).first().waitFor({ state: 'detached' })
    await chooseStatus(page, '已缴')
    await table.getByText(name, { exact: true }).first().waitFor()

    // A member's own dues on a phone: the monthly amount and the months of this year.
    const member = await signedInBrowser('branch', { width: 390, height: 844 })
    open.push(member)
    await member.page.goto('/my/dues')
    await member.page.locator(tid('my-dues-summary')).getByText('元').first().waitFor()
    await member.page.locator(tid('my-dues-arrears')).waitFor()
    await screenshot(member.page, 'dues-my-phone')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
