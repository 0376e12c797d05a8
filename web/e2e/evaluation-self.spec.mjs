// (evaluation) On a phone, a member of 机关党支部 writes this year's self-assessment; the
// officer then reads it in the campaign console's member list.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

const TEXT = '今年认真学习党章党规，按时参加组织生活，完成会务保障任务；不足是调查研究不够深入。'

test('a member writes the self-assessment on a phone and the officer reads it', async () => {
  const open = []
  try {
    // (Not leader, not member: other scenarios expect those accounts fresh.)
    const phone = await signedInBrowser('branch', { width: 390, height: 844 })
    open.push(phone)
    const { page } = phone
    await page.goto('/my/evaluation')
    const card = page.locator(tid('my-evaluation-card')).first()
    await card.waitFor()
    await card.locator(`${tid('my-evaluation-self')} textarea, textarea${tid('my-evaluation-self')}`).first().fill(TEXT)
    const saved = page.waitForResponse((r) => /\/api\/my\/evaluation\/\d+\/self$/.test(r.url()))
    await card.locator(tid('my-evaluation-save')).click()
    const res = await saved
    assert.ok(res.ok(), `self-assessment: ${res.status()} ${await res.text()}`)
    await card.locator(tid('my-evaluation-self-text')).getByText(TEXT).waitFor()
    await screenshot(page, 'evaluation-self-written')

    const officer = await signedInBrowser('clerk')
    open.push(officer)
    await officer.page.goto('/evaluations')
    const table = officer.page.locator(tid('evaluation-table'))
    await table.getByText('机关党支部').first().waitFor()
    await table.locator('tbody tr').filter({ hasText: '个人自评' }).first().click()
    await officer.page.waitForURL(/\/evaluations\/\d+$/)
    const row = officer.page.locator(tid('evaluation-members')).locator('tbody tr').filter({ hasText: '李明' }).first()
    await row.locator(tid('evaluation-self-view')).click()
    await officer.page.locator(tid('evaluation-self-text')).getByText(TEXT).waitFor()
    await screenshot(officer.page, 'evaluation-self-officer')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
