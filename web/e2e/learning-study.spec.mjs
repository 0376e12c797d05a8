// (learning) On a phone, a party member opens this month's 一月一法, records half an hour of
// study, and the minutes appear on the law and in 我的学习.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openBrowser, screenshot, signInAs, tid } from './helpers.mjs'

test('a member records study of the law of the month on the phone', async () => {
  const b = await openBrowser({ width: 390, height: 844 })
  try {
    const { page } = b
    await b.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await signInAs(page, 'deputy')
    await page.goto('/learning/laws')
    await page.locator(tid('laws-current-open')).click()
    await page.locator(tid('law-drawer')).waitFor()
    await page.locator(tid('law-study')).click()
    await page.locator(tid('study-minutes-30')).click()
    const saved = page.waitForResponse((r) => /\/api\/learning\/laws\/\d+\/study$/.test(r.url()))
    await page.locator(tid('study-save')).click()
    const res = await saved
    assert.equal(res.status(), 201, await res.text())
    await page.locator(tid('law-my-minutes'), { hasText: '30' }).waitFor()
    await screenshot(page, 'learning-studied')
    await page.goto('/my/learning')
    const hours = (await page.locator(tid('my-learning-hours')).innerText()).trim()
    assert.ok(hours.length > 0 && hours !== '0', `hours shown: ${hours}`)
  } finally {
    await b.close()
  }
})
