// (inspection) On a phone, a member answers the eight-point-rules self-inspection: one item
// with a problem and a note, the rest compliant; the officer then finds the finding listed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

test('a member answers the self-inspection on a phone and the finding reaches the officer', async () => {
  const open = []
  try {
    // (Not leader: the language scenario after this one expects that account fresh.)
    const member = await signedInBrowser('branch', { width: 390, height: 844 })
    open.push(member)
    const { page } = member
    await page.goto('/my/inspection')
    const checklist = page.locator(tid('my-checklist')).first()
    await checklist.waitFor()
    const items = checklist.locator(tid('my-item'))
    const count = await items.count()
    assert.ok(count >= 8, `items: ${count}`)
    for (let i = 0; i < count; i++) {
      await items.nth(i).locator(tid(i === 7 ? 'my-result-issue' : 'my-result-compliant')).click()
    }
    await items.nth(7).locator(`${tid('my-note')} textarea, textarea${tid('my-note')}`).first().fill('公务接待用餐超标一次，已退还差额')
    const saved = page.waitForResponse((r) => /\/api\/inspection\/checklists\/\d+\/answers$/.test(r.url()))
    await checklist.locator(tid('my-submit')).click()
    const res = await saved
    assert.ok(res.ok(), `answers: ${res.status()} ${await res.text()}`)
    await screenshot(page, 'inspection-answered')

    const officer = await signedInBrowser('clerk')
    open.push(officer)
    await officer.page.goto('/inspection/findings')
    await officer.page.locator(tid('findings-table')).getByText('公务接待用餐超标一次').first().waitFor()
    await screenshot(officer.page, 'inspection-findings')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
