// (orglife) A branch officer registers this month's 主题党日, shows the sign-in code, a member
// signs in with it on a phone, the officer closes the meeting, and the branch's compliance
// calendar turns green for the month.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

/** "YYYY-MM-DD HH:mm" in China time, `minutes` from now. */
function chinaTime(minutes) {
  return new Date(Date.now() + (8 * 60 + minutes) * 60_000).toISOString().slice(0, 16).replace('T', ' ')
}

async function pickOption(page, selectId, text) {
  await page.locator(tid(selectId)).click()
  const exact = new RegExp(`^\\s*${text}\\s*$`)
  await page.locator('.el-select-dropdown__item', { hasText: exact }).locator('visible=true').first().click()
}

async function fillDate(page, id, value) {
  const input = page.locator(`${tid(id)} input`)
  await input.click()
  await input.fill(value)
  await input.press('Enter')
}

test('a party day: the member signs in with the code, the month turns green', async () => {
  const open = []
  try {
    // The officer (李支书, 机关党支部) registers the meeting happening now.
    const officer = await signedInBrowser('branch')
    open.push(officer)
    const page = officer.page
    await page.goto('/meetings')
    await page.locator(tid('meetings-create')).click()
    await pickOption(page, 'meeting-unit', '机关党支部')
    await pickOption(page, 'meeting-type', '主题党日')
    await page.locator(`${tid('meeting-title')} input, input${tid('meeting-title')}`).first().fill('主题党日：学习贯彻宪法精神')
    await fillDate(page, 'meeting-start', chinaTime(-10))
    await fillDate(page, 'meeting-end', chinaTime(80))
    await page.locator(`${tid('meeting-place')} input, input${tid('meeting-place')}`).first().fill('机关三楼会议室')
    await page.locator(`${tid('meeting-host')} input, input${tid('meeting-host')}`).first().fill('李明')
    await page.locator(`${tid('meeting-recorder')} input, input${tid('meeting-recorder')}`).first().fill('王芳')
    const created = page.waitForResponse((r) => r.url().endsWith('/api/meetings') && r.request().method() === 'POST')
    await page.locator(tid('meeting-save')).click()
    const res = await created
    assert.equal(res.status(), 201, await res.text())
    const meeting = await res.json()

    // The sign-in tab shows the code (and its QR code) at the venue.
    await page.goto(`/meetings/${meeting.id}`)
    await page.locator(tid('meeting-tab-signin')).click()
    await page.locator(tid('signin-show-code')).click()
    const code = (await page.locator(tid('signin-code-value')).innerText()).replace(/\D/g, '')
    assert.match(code, /^\d{6}$/)
    await screenshot(page, 'orglife-signin-code')

    // A member (陈静, whose primary branch it is) signs in on a phone with the code.
    const member = await signedInBrowser('clerk', { width: 390, height: 844 })
    open.push(member)
    await member.page.goto('/signin')
    const input = member.page.locator(tid('signin-code-input')).first()
    await input.fill(code)
    const signed = member.page.waitForResponse((r) => r.url().endsWith('/api/signin'))
    await member.page.locator(tid('signin-submit')).first().click()
    assert.equal((await signed).status(), 201)
    await member.page.locator(tid('signin-success')).waitFor()
    await screenshot(member.page, 'orglife-member-signed-in')

    // The officer closes the meeting; the month's party day is done on the calendar.
    await page.reload()
    const closed = page.waitForResponse((r) => r.url().endsWith(`/api/meetings/${meeting.id}/close`))
    await page.locator(tid('meeting-close')).click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    const closeRes = await closed
    assert.equal(closeRes.status(), 200)
    assert.equal((await closeRes.json()).present, 1)
    await page.goto('/compliance')
    const month = chinaTime(0).slice(0, 7)
    const cell = page.locator(`${tid('compliance-cell')}[data-branch="${meeting.orgUnitId}"][data-type="theme_day"][data-label="${month}"]`)
    await cell.waitFor()
    assert.equal(await cell.getAttribute('data-state'), 'done')
    await screenshot(page, 'orglife-compliance')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
