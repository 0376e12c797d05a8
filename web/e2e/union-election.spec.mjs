// (union) The union committee election end to end, as people click it: the clerk prepares
// the election with two candidates for one place and opens the secret ballot, two members vote
// on their phones (pick up to 1; the ballot engine's page), the clerk closes it, the counts are
// decrypted and the result shows who is elected (more than half of the ballots cast), also on
// the printable result page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

const TITLE = `工会委员会补选（浏览器测试 ${Date.now() % 100000}）`
const PHONE = { width: 390, height: 844 }

/** Picks options of a filterable Element Plus multi-select by typing each name. */
async function choose(page, selectId, texts) {
  const select = page.locator(tid(selectId))
  for (const text of texts) {
    await select.click()
    await select.locator('input').fill(text)
    const option = page.locator('.el-select-dropdown__item:not(.is-disabled)', { hasText: text })
    await option.locator('visible=true').first().click()
  }
  // Close the dropdown by clicking the dialog's title (Escape would close the dialog too).
  await page.locator('.el-dialog__title').click()
  await page.waitForTimeout(300)
}

async function confirmStep(page, button, pattern) {
  await page.locator(tid(button)).click()
  const done = page.waitForResponse((r) => pattern.test(r.url()) && r.request().method() === 'POST')
  await page.locator('.md-confirm .el-button--primary').click()
  const res = await done
  assert.ok(res.ok(), `${button}: ${res.status()} ${await res.text()}`)
  return res.json()
}

/** A member votes on the phone for the first candidate. */
async function castOnPhone(voteId, user) {
  const b = await signedInBrowser(user, PHONE)
  try {
    const { page } = b
    await page.goto('/ballot')
    await page.locator(`${tid('my-vote')}[data-vote-id="${voteId}"] ${tid('my-vote-enter')}`).click()
    await page.locator(tid('ballot-pick-0')).waitFor()
    const box = await page.locator(tid('ballot-pick-0')).boundingBox()
    assert.ok(box && box.height >= 48, `pick card height ${box?.height}`)
    await page.locator(tid('ballot-pick-0')).click()
    await page.locator(tid('ballot-next')).click()
    await page.locator(tid('ballot-review')).waitFor()
    await page.locator(tid('ballot-confirm')).click()
    const cast = page.waitForResponse((r) => r.url().endsWith(`/api/votes/${voteId}/ballots`))
    await page.locator(tid('ballot-confirm-final')).click()
    assert.equal((await cast).status(), 201)
    const receipt = (await page.locator(tid('ballot-receipt-code')).innerText()).trim()
    assert.match(receipt, /^[0-9a-f-]{16,}$/)
    await screenshot(page, `union-election-receipt-${user}`)
  } finally {
    await b.close()
  }
}

test('a union committee election runs from candidates to the elected', async () => {
  const open = []
  try {
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    const { page } = clerk
    await page.goto('/union/elections')
    await page.locator(tid('union-contest-create')).click()
    await page.locator(tid('union-contest-title')).fill(TITLE)
    await page.locator(`${tid('union-contest-seats')} input`).fill('1')
    await choose(page, 'union-contest-candidates', ['王芳', '陈静'])
    const created = page.waitForResponse((r) => r.url().endsWith('/api/union/elections') && r.request().method() === 'POST')
    await page.locator(tid('union-contest-save')).click()
    const res = await created
    assert.equal(res.status(), 201, await res.text())
    await page.waitForURL(/\/union\/elections\/\d+$/)
    const detailUrl = page.url()
    const candidates = page.locator(tid('union-candidates'))
    await candidates.getByText('王芳').waitFor()
    await candidates.getByText('陈静').waitFor()

    const opened = await confirmStep(page, 'union-contest-open', /\/open$/)
    assert.equal(opened.status, 'open')
    const voteId = opened.voteId
    assert.ok(voteId > 0)

    // Two members vote on their phones, both for 王芳.
    await castOnPhone(voteId, 'member')
    await castOnPhone(voteId, 'branch')

    await page.goto(detailUrl)
    await page.locator(tid('union-contest-cast')).getByText('2').waitFor()
    const counted = await confirmStep(page, 'union-contest-close', /\/close$/)
    assert.equal(counted.status, 'counted')
    assert.deepEqual(counted.result.elected, ['王芳'])
    await page.locator(tid('union-elected')).getByText('王芳').waitFor()
    await page.locator(`${tid('union-contest-status')}[data-status="counted"]`).waitFor()
    await screenshot(page, 'union-election-result')

    await page.goto(`${detailUrl}/print`)
    const sheet = page.locator(tid('union-result-print'))
    await sheet.getByText(TITLE).waitFor()
    await sheet.getByText('当选（入选）：王芳').waitFor()
    await screenshot(page, 'union-election-print')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
