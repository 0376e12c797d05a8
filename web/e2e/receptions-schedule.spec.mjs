// (receptions) The clerk schedules a reception day two days ahead with two deputies in the
// drawer form; the public notice (no sign-in, phone) shows it with the deputies' names, and
// the `deputy` account (刘建军) finds it on the phone page of their duty days.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openBrowser, screenshot, signedInBrowser, tid } from './helpers.mjs'

const chinaDay = (days) => new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10)
const input = (scope, id) => scope.locator(`${tid(id)} input, input${tid(id)}`).first()

test('a reception day scheduled by the clerk reaches the public notice and the deputy', async () => {
  const open = []
  const place = `浏览器测试接待室${Date.now() % 100000}`
  const day = chinaDay(2)
  try {
    // (Not leader: a later scenario expects that account fresh.)
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    const { page } = clerk
    await page.goto('/receptions')
    await page.locator(tid('rcp-table')).waitFor()
    await page.locator(tid('rcp-create')).click()
    const drawer = page.locator(tid('rcp-drawer'))
    await drawer.waitFor()

    await drawer.locator(tid('rcp-ws')).click()
    await page.locator('.el-select__popper:visible .el-select-dropdown__item').first().click()
    // The workstation list must be gone before the deputies' list opens: both are poppers.
    await page.locator('.el-select__popper:visible').first().waitFor({ state: 'hidden' })
    const dayInput = drawer.locator(`${tid('rcp-day-item')} input`)
    await dayInput.fill(day)
    await dayInput.press('Enter')
    const panel = page.locator('.el-picker__popper:visible')
    if (await panel.count()) await drawer.locator('.el-drawer__header').click()
    await panel.waitFor({ state: 'hidden' })
    // Evening hours: the demo schedules only mornings and afternoons, so no double duty.
    await input(drawer, 'rcp-start').fill('18:30')
    await input(drawer, 'rcp-end').fill('20:00')
    await input(drawer, 'rcp-place').fill(place)
    await input(drawer, 'rcp-topic').fill('听取选民意见建议')

    // Two deputies: one of the workstation's own, then 刘建军 found by name.
    const deputies = drawer.locator(tid('rcp-deputies'))
    const listed = page.waitForResponse((r) => r.url().includes('/api/deputies?'))
    await deputies.click()
    await listed
    const options = page.locator('.el-select__popper:visible .el-select-dropdown__item')
    await options.filter({ hasNotText: '刘建军' }).first().click()
    const found = page.waitForResponse((r) => r.url().includes('/api/deputies?') && decodeURIComponent(r.url()).includes('刘建军'))
    await page.keyboard.type('刘建军')
    await found
    await options.filter({ hasText: '刘建军' }).first().click()
    await drawer.locator('.el-drawer__header').click()
    assert.equal(await deputies.locator('.el-tag').count(), 2, 'two deputies chosen')

    const saved = page.waitForResponse((r) => r.url().endsWith('/api/receptions') && r.request().method() === 'POST')
    await drawer.locator(tid('rcp-save')).click()
    const res = await saved
    assert.equal(res.status(), 201, await res.text())
    await page.locator(tid('rcp-table')).getByText(place).first().waitFor()
    await screenshot(page, 'receptions-scheduled')

    // The public notice, without signing in, on a phone.
    const voter = await openBrowser({ width: 390, height: 844 })
    open.push(voter)
    await voter.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await voter.page.goto('/public/receptions')
    const card = voter.page.locator(tid('public-reception'), { hasText: place })
    await card.waitFor()
    const text = await card.innerText()
    assert.match(text, /刘建军/)
    assert.match(text, /18:30/)
    assert.ok(text.includes(day), text)
    await screenshot(voter.page, 'receptions-public')

    // The deputy's duty days on the phone.
    const deputy = await signedInBrowser('deputy', { width: 390, height: 844 })
    open.push(deputy)
    await deputy.page.goto('/my/receptions')
    const duty = deputy.page.locator(tid('my-duty-day'), { hasText: place })
    await duty.waitFor()
    assert.match(await duty.innerText(), /18:30/)
    await screenshot(deputy.page, 'receptions-my-duty')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
