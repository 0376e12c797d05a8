// (deputies) A leader assigns a party-member deputy to a non-party deputy who had no liaison
// on 联系代表, and the 工作全覆盖 figure on the coverage page goes up by one.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, openBrowser, screenshot, signInAs, tid } from './helpers.mjs'

async function workCovered(page) {
  const loaded = page.waitForResponse((r) => r.url().endsWith('/api/coverage') && r.ok())
  await page.goto('/coverage')
  await loaded
  const numbers = page.locator(tid('coverage-work-numbers'))
  await numbers.waitFor()
  const m = /(\d+)\D+(\d+)/.exec(await numbers.innerText())
  assert.ok(m, 'covered / total shown')
  return { covered: Number(m[1]), total: Number(m[2]) }
}

test('leader assigns a liaison on 联系代表 and the 工作全覆盖 figure on the coverage page changes', async () => {
  const leader = account('MD_E2E_LIAISON_USER', 'leader')
  const b = await openBrowser()
  try {
    const { page } = b
    await b.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await signInAs(page, leader)
    const before = await workCovered(page)
    const missing = page.locator(`${tid('coverage-work-missing')} li`)
    assert.ok((await missing.count()) > 0, 'some non-party deputy has no liaison yet')
    const target = (await missing.first().innerText()).trim()
    await screenshot(page, 'coverage-before')

    await page.locator(tid('menu-liaisons')).click()
    await page.waitForURL('**/liaisons')
    await page.locator(tid('liaisons-assign')).click()
    const dialog = page.locator(tid('assign-dialog'))
    await dialog.waitFor()

    await dialog.locator(tid('assign-party')).click()
    const partyOption = page.locator('.el-select-dropdown__item:visible').first()
    await partyOption.waitFor()
    await partyOption.click()

    await dialog.locator(tid('assign-nonparty')).click()
    const searched = page.waitForResponse((r) => r.url().includes('/api/deputies?') && r.url().includes('party=0') && r.url().includes('q='))
    await page.keyboard.type(target)
    await searched
    const option = page.locator('.el-select-dropdown__item:visible', { hasText: target }).first()
    await option.waitFor()
    await option.click()

    const saved = page.waitForResponse((r) => r.url().endsWith('/api/liaisons') && r.request().method() === 'POST')
    await dialog.locator(tid('assign-save')).click()
    const res = await saved
    assert.ok(res.ok(), `assign: ${res.status()} ${await res.text()}`)
    await dialog.waitFor({ state: 'hidden' })
    await page.locator(`${tid('liaisons-table')} .el-table__row`, { hasText: target }).first().waitFor()

    const after = await workCovered(page)
    assert.equal(after.total, before.total)
    assert.equal(after.covered, before.covered + 1, `work coverage ${before.covered} → ${after.covered}`)
    assert.ok(!(await page.locator(`${tid('coverage-work-missing')} li`, { hasText: target }).count()), `${target} no longer missing`)
    await screenshot(page, 'coverage-after')
  } finally {
    await b.close()
  }
})
