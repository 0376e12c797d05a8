// (h) The security administrator changes the idle sign-out minutes (with a confirmation),
// and the saved value is still there after a reload.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, openBrowser, screenshot, signInAs, tid } from './helpers.mjs'

const KEY = 'security.idle_minutes'

test('secadmin: change the idle-minutes setting, value persists after reload', async () => {
  const user = account('MD_E2E_SECADMIN_USER', 'secadmin')
  const b = await openBrowser()
  try {
    const { page } = b
    await signInAs(page, user)
    await page.locator(tid('menu-settings')).click()
    await page.waitForURL('**/settings')
    const input = page.locator(`${tid(`setting-input-${KEY}`)} input`)
    await input.waitFor()
    const before = Number(await input.inputValue())
    const next = before === 45 ? 40 : 45
    await input.fill(String(next))
    await input.press('Tab')

    await page.locator(tid(`setting-save-${KEY}`)).click()
    const box = page.locator('.md-confirm')
    await box.waitFor()
    assert.match(await box.innerText(), new RegExp(`${before}.*${next}`, 's'))
    const saved = page.waitForResponse((r) => r.url().includes(`/api/settings/${KEY}`) && r.request().method() === 'PUT')
    await box.locator('.el-button--primary').click()
    const res = await saved
    assert.ok(res.ok(), `save: ${res.status()} ${await res.text()}`)
    assert.equal((await res.json()).value, next)

    await page.reload()
    await page.locator(`${tid(`setting-input-${KEY}`)} input`).waitFor()
    assert.equal(Number(await page.locator(`${tid(`setting-input-${KEY}`)} input`).inputValue()), next)
    // General settings belong to the system administrator: read-only here.
    await page.locator('.el-tabs__item', { hasText: '常规' }).click()
    await page.locator(tid('settings-readonly')).filter({ visible: true }).first().waitFor()
    await page.locator('.el-tabs__item', { hasText: '安全' }).click()
    await screenshot(page, 'h-secadmin-settings')
  } finally {
    await b.close()
  }
})
