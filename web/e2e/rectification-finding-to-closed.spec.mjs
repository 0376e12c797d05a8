// (rectification) A self-inspection finding becomes a ledger item by the button in the ledger,
// gets its evidence and is completed by the clerk, is verified by a second person (the
// leader) and closed; the leader's progress view counts one more done item.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

// A 1×1 PNG: the evidence (its type is sniffed from the bytes).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

async function doneCount(page) {
  const progress = page.waitForResponse((r) => r.url().endsWith('/api/rectification/progress'))
  await page.goto('/rectification/progress')
  const res = await progress
  assert.ok(res.ok(), `progress: ${res.status()}`)
  const cell = page.locator(tid('rect-progress-done'))
  await cell.waitFor()
  return Number((await cell.innerText()).trim())
}

async function step(page, action, note) {
  await page.locator(tid(`rect-step-${action}`)).click()
  const dialog = page.locator(tid('rect-step-dialog'))
  if (note) await dialog.locator('textarea').fill(note)
  const answered = page.waitForResponse((r) => r.url().endsWith(`/${action}`) && r.request().method() === 'POST')
  await dialog.locator(tid('rect-step-confirm')).click()
  const res = await answered
  assert.ok(res.ok(), `${action}: ${res.status()} ${await res.text()}`)
  return res.json()
}

test('a finding becomes a ledger item, gets evidence, is verified by a second person and closed', async () => {
  const open = []
  try {
    const leader = await signedInBrowser('leader')
    open.push(leader)
    const before = await doneCount(leader.page)

    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    const { page } = clerk
    await page.goto('/rectification')
    await page.locator(tid('rect-table')).waitFor()
    await page.locator(tid('rect-from-findings')).click()
    const dialog = page.locator(tid('rect-findings-dialog'))
    const take = dialog.locator(tid('rect-take-finding')).first()
    await take.waitFor()
    const taken = page.waitForResponse((r) => /\/api\/rectification\/from-finding\/\d+$/.test(r.url()))
    await take.click()
    const takenRes = await taken
    assert.ok(takenRes.ok(), `from-finding: ${takenRes.status()}`)
    const { id } = await takenRes.json()
    await page.waitForURL(`**/rectification/${id}`)
    await page.locator(tid('rect-item-status')).waitFor()

    await step(page, 'start')
    const uploaded = page.waitForResponse((r) => r.url().includes('/api/attachments?') && r.request().method() === 'POST')
    await page.locator(tid('rect-evidence-input')).setInputFiles({ name: 'evidence.png', mimeType: 'image/png', buffer: PNG })
    const up = await uploaded
    assert.equal(up.status(), 201, `upload: ${await up.text()}`)
    await page.locator(tid('rect-evidence')).getByText('evidence.png').waitFor()
    const completed = await step(page, 'complete', '已按要求整改到位，佐证材料已上传')
    assert.equal(completed.state, 'completed')
    // The clerk completed it, so the clerk is offered no way round the second person.
    await screenshot(page, 'rectification-completed')

    await leader.page.goto(`/rectification/${id}`)
    await leader.page.locator(tid('rect-step-verify')).waitFor()
    const verified = await step(leader.page, 'verify', '经核查，整改到位')
    assert.equal(verified.state, 'verified')
    assert.equal(verified.verified, true)
    await leader.page.locator(tid('rect-item-verified')).waitFor()
    await screenshot(leader.page, 'rectification-verified')

    const after = await doneCount(leader.page)
    assert.equal(after, before + 1, `done before ${before}, after ${after}`)
    await screenshot(leader.page, 'rectification-progress')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
