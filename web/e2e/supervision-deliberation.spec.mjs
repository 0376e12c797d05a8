// (supervision) The clerk plans a work report by 区住建局 with a deputy taking part, sends a
// deliberation opinion; the department's account (`dept`) replies on its opinions page; the
// clerk closes the opinion and the item shows it closed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

test('a deliberation opinion is sent, answered by the department and closed', async () => {
  const open = []
  const mark = `${Date.now() % 100000}`
  const title = `听取区住建局专项工作报告（浏览器测试${mark}）`
  const content = `建议加快雨污分流改造（测试${mark}）`
  try {
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    const { page } = clerk
    await page.goto('/supervision')
    await page.locator(tid('supervision-table')).waitFor()
    await page.locator(tid('supervision-create')).click()
    const drawer = page.locator(tid('item-drawer'))
    await drawer.waitFor()
    await drawer.locator(tid('item-kind')).click()
    await page.locator('.el-select__popper:visible .el-select-dropdown__item').nth(2).click()
    await page.locator('.el-select__popper:visible').first().waitFor({ state: 'hidden' })
    await drawer.locator(`${tid('item-title')} input, input${tid('item-title')}`).first().fill(title)
    await drawer.locator(tid('item-target')).click()
    await page.locator('.el-select__popper:visible .el-select-dropdown__item', { hasText: '区住建局' }).first().click()
    // A deputy takes part: found by name in the register.
    await drawer.locator(`${tid('item-deputies')} input, input${tid('item-deputies')}`).first().fill('刘建军')
    await page.locator('.el-select__popper:visible .el-select-dropdown__item', { hasText: '刘建军' }).first().click()
    await drawer.locator('.el-drawer__header').click()
    const created = page.waitForResponse((r) => r.url().endsWith('/api/supervision/items') && r.request().method() === 'POST')
    await drawer.locator(tid('item-save')).click()
    const res = await created
    assert.equal(res.status(), 201, await res.text())
    assert.ok((await res.json()).participants.some((p) => p.name === '刘建军' && p.role === 'deputy'))
    await page.getByText('刘建军 (人大代表)').waitFor()

    await page.locator(tid('opinion-send-open')).click()
    await page.locator(`${tid('opinion-content')} textarea, textarea${tid('opinion-content')}`).first().fill(content)
    const sent = page.waitForResponse((r) => r.url().includes('/opinions') && r.request().method() === 'POST')
    await page.locator(tid('opinion-send')).click()
    assert.equal((await sent).status(), 201)
    await page.locator(tid('opinion-card')).first().waitFor()

    // The department answers on its own page.
    const dept = await signedInBrowser('dept')
    open.push(dept)
    await dept.page.goto('/supervision/opinions')
    const card = dept.page.locator(tid('opinion-card'), { hasText: content })
    await card.waitFor()
    await card.locator(`${tid('opinion-reply-text')} textarea, textarea${tid('opinion-reply-text')}`).first().fill('已制定雨污分流改造计划。')
    const replied = dept.page.waitForResponse((r) => r.url().endsWith('/reply'))
    await card.locator(tid('opinion-reply')).click()
    assert.equal((await replied).status(), 200)
    await card.locator(tid('opinion-state')).filter({ hasText: /已答复|Replied/ }).waitFor()

    // The clerk closes it.
    await page.reload()
    const mine = page.locator(tid('opinion-card'), { hasText: content })
    await mine.waitFor()
    await mine.locator(tid('opinion-close')).click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await mine.locator(tid('opinion-state')).filter({ hasText: /已办结|Closed/ }).waitFor()
    await screenshot(page, 'supervision-closed')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
