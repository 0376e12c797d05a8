// (evaluation) The secret peer ballot of 机关党支部's 2026 democratic evaluation, as people
// click it: the clerk opens the ballot, a member grades every colleague on a phone (合格 for
// all, 弃权 for themselves) and keeps the receipt, the clerk ends the ballot and the decrypted
// counts appear per member. Runs after evaluation-self (which needs the campaign at 个人自评).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

async function nextStep(page, label) {
  await page.locator(tid('evaluation-next')).getByText(label).waitFor()
  await page.locator(tid('evaluation-next')).click()
  const done = page.waitForResponse((r) => /\/api\/evaluations\/\d+\/(ballot|scoring)$/.test(r.url()))
  await page.locator('.md-confirm .el-button--primary').click()
  const res = await done
  assert.ok(res.ok(), `${label}: ${res.status()} ${await res.text()}`)
}

test('members grade each other in secret and the counts reach the committee', async () => {
  const open = []
  try {
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    const { page } = clerk
    await page.goto('/evaluations')
    await page.locator(tid('evaluation-table')).locator('tbody tr').filter({ hasText: '个人自评' }).first().click()
    await page.waitForURL(/\/evaluations\/\d+$/)
    const consoleUrl = page.url()
    await nextStep(page, '开始民主测评')

    // A member on a phone: from 我的评议 to the ballot, every colleague graded.
    const phone = await signedInBrowser('branch', { width: 390, height: 844 })
    open.push(phone)
    const p = phone.page
    await p.goto('/my/evaluation')
    await p.locator(tid('my-evaluation-ballot')).click()
    await p.waitForURL(/\/ballot\/\d+$/)
    const questions = p.locator(tid('ballot-question'))
    await questions.first().waitFor()
    const count = await questions.count()
    assert.ok(count >= 12, `graded members on the ballot: ${count}`)
    let self = -1
    for (let q = 0; q < count; q++) {
      const mine = (await questions.nth(q).innerText()).includes('李明')
      if (mine) self = q
      await p.locator(tid(`ballot-choice-${q}-${mine ? 4 : 1}`)).click()
    }
    assert.ok(self >= 0, 'the voter is on the ballot too')
    await p.locator(tid('ballot-next')).click()
    await p.locator(tid('ballot-confirm')).click()
    const cast = p.waitForResponse((r) => /\/api\/votes\/\d+\/ballots$/.test(r.url()))
    await p.locator(tid('ballot-confirm-final')).click()
    const res = await cast
    assert.equal(res.status(), 201, `ballot: ${res.status()} ${await res.text()}`)
    const receipt = (await p.locator(tid('ballot-receipt-code')).innerText()).trim()
    assert.match(receipt, /^[0-9a-f-]{16,}$/)
    await screenshot(p, 'evaluation-peer-receipt')

    // The clerk ends the ballot: the server-held key decrypts the tally at once.
    await page.goto(consoleUrl)
    await nextStep(page, '结束测评')
    const members = page.locator(tid('evaluation-members'))
    await members.locator('tbody tr').filter({ hasText: '王芳' }).first().getByText('0 / 1 / 0 / 0 / 0').waitFor()
    await members.locator('tbody tr').filter({ hasText: '李明' }).first().getByText('0 / 0 / 0 / 0 / 1').waitFor()
    await screenshot(page, 'evaluation-peer-counts')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
