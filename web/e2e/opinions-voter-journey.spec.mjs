// (opinions) A voter submits an opinion with a photo on a phone without signing in and keeps
// the query code; the clerk classifies it, names 刘建军 (the `deputy` account) to follow it
// up and refers it to 区住建局; the department user replies; the voter looks it up with the
// code (typed in lower case) and rates the answer; 刘建军's duty record on his phone counts
// one opinion more.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openBrowser, screenshot, signedInBrowser, tid } from './helpers.mjs'

// A 1×1 PNG: the photo the voter attaches from the phone.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const TEXT = `e2e 长岭社区人行道井盖缺失，晚上容易摔倒 ${Date.now()}`

// Element Plus puts data-testid on the native input/textarea or on its wrapper.
const field = (page, id) =>
  page.locator(`${tid(id)} input, input${tid(id)}, ${tid(id)} textarea, textarea${tid(id)}`).first()

async function pick(page, select, label) {
  await page.locator(tid(select)).click()
  await page.locator('.el-select-dropdown__item:visible').getByText(label, { exact: true }).first().click()
}

/** The opinions count on the deputy's own duty record page (我的履职档案), this year. */
async function dutyOpinions(page) {
  const loaded = page.waitForResponse((r) => r.url().includes('/api/my/duty-record'))
  await page.goto('/my/duty-record')
  assert.ok((await loaded).ok())
  const text = await page.locator(`${tid('duty-count-opinions')} .num`).innerText()
  return Number(text.trim())
}

async function act(page, action, fill) {
  await page.locator(tid(`action-${action}`)).click()
  if (fill) await fill()
  const done = page.waitForResponse((r) => r.url().includes('/api/opinions/') && r.request().method() === 'POST')
  await page.locator(tid('action-submit')).click()
  const res = await done
  assert.ok(res.ok(), `${action}: ${res.status()} ${await res.text()}`)
}

test('a voter submits on a phone, the clerk refers, the department replies, the voter rates, the deputy counts it', async () => {
  const open = []
  try {
    // 0. The deputy's count before, on a phone.
    const deputy = await signedInBrowser('deputy', { width: 390, height: 844 })
    open.push(deputy)
    const before = await dutyOpinions(deputy.page)

    // 1. The voter, no account, phone-sized.
    const voter = await openBrowser({ width: 390, height: 844 })
    open.push(voter)
    await voter.page.goto('/public/opinions/new')
    await pick(voter.page, 'opinion-category', '道路交通')
    await pick(voter.page, 'opinion-town', '长岭街道')
    await field(voter.page, 'opinion-content').fill(TEXT)
    await voter.page.locator(tid('opinion-photo-input')).setInputFiles({ name: 'manhole.png', mimeType: 'image/png', buffer: PNG })
    await voter.page.locator(tid('opinion-photo-item')).getByText('manhole.png').waitFor()
    const sent = voter.page.waitForResponse((r) => r.url().endsWith('/api/public/opinions'))
    await voter.page.locator(tid('opinion-submit')).click()
    const res = await sent
    assert.equal(res.status(), 201, await res.text())
    const code = (await voter.page.locator(tid('opinion-code')).innerText()).trim()
    assert.match(code, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    await voter.page.locator(tid('opinion-photos-sent')).getByText('已上传 1 张照片').waitFor()
    await screenshot(voter.page, 'opinions-voter-code')

    // 2. The clerk classifies it as a department matter and refers it to 区住建局.
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    await clerk.page.goto('/opinions')
    await field(clerk.page, 'opinions-q').fill(TEXT)
    await clerk.page.locator(tid('opinions-search')).click()
    await clerk.page.locator(tid('opinions-table')).getByText(TEXT.slice(0, 20)).first().click()
    await clerk.page.locator(tid('opinion-drawer')).waitFor()
    await clerk.page.locator(`${tid('opinion-drawer')} .photos img[alt="manhole.png"]`).waitFor()
    await act(clerk.page, 'classify', async () => {
      await clerk.page.locator(tid('handling-department')).click()
      await clerk.page.locator(`${tid('followup-deputy')} input`).fill('刘建军')
      await clerk.page.locator('.el-select-dropdown__item:visible', { hasText: '刘建军' }).first().click()
    })
    await clerk.page.locator(tid('opinion-followup')).getByText('刘建军').waitFor()
    await act(clerk.page, 'refer', () => pick(clerk.page, 'refer-department', '区住建局'))
    await clerk.page.locator(tid('opinion-state')).getByText('办理中').waitFor()
    await screenshot(clerk.page, 'opinions-clerk-referred')

    // 3. The department user finds it in their list and replies.
    const dept = await signedInBrowser('dept')
    open.push(dept)
    await dept.page.goto('/opinions')
    await field(dept.page, 'opinions-q').fill(TEXT)
    await dept.page.locator(tid('opinions-search')).click()
    await dept.page.locator(tid('opinions-table')).getByText(TEXT.slice(0, 20)).first().click()
    await act(dept.page, 'reply', () => field(dept.page, 'reply-text').fill('已补装井盖并设置警示标志。'))
    await dept.page.locator(tid('opinion-reply')).getByText('已补装井盖').waitFor()

    // 4. The voter looks it up (lower case, no dashes) and rates it.
    await voter.page.goto('/public/opinions/track')
    await field(voter.page, 'track-code').fill(code.toLowerCase().replaceAll('-', ''))
    await voter.page.locator(tid('track-go')).click()
    await voter.page.locator(tid('track-reply')).getByText('已补装井盖').waitFor()
    const rated = voter.page.waitForResponse((r) => r.url().endsWith('/api/public/opinions/rate'))
    await voter.page.locator(tid('rate-satisfied')).click()
    assert.ok((await rated).ok())
    await voter.page.locator(tid('track-state')).getByText('已办结').waitFor()
    await screenshot(voter.page, 'opinions-voter-rated')

    // 5. The deputy named to follow it up finds one more opinion in their duty record.
    assert.equal(await dutyOpinions(deputy.page), before + 1)
    await screenshot(deputy.page, 'opinions-deputy-duty-record')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
