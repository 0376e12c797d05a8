// (volunteers) The clerk plans a volunteer activity for today; 王芳 (the `member` account)
// signs up on her phone; the clerk records 2.5 hours of attendance; her yearly hours on the
// phone page grow by 2.5 and the activity shows the time credited.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

const phone = { width: 390, height: 844 }
const hoursOf = async (page) => Number(await page.locator(tid('my-vol-hours-value')).innerText())

test('a member signs up on the phone, the clerk records attendance, the yearly hours show it', async () => {
  const open = []
  const title = `浏览器测试志愿活动${Date.now() % 100000}`
  try {
    // The clerk plans the activity for today (the drawer's default day), 5 places.
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    await clerk.page.goto('/volunteers')
    await clerk.page.locator(tid('vol-table')).waitFor()
    await clerk.page.locator(tid('vol-create')).click()
    const drawer = clerk.page.locator(tid('vol-drawer'))
    await drawer.waitFor()
    await drawer.locator(`${tid('vol-title')} input, input${tid('vol-title')}`).first().fill(title)
    await drawer.locator(`${tid('vol-place')} input, input${tid('vol-place')}`).first().fill('云溪街道八一社区')
    await drawer.locator('.el-input-number input').first().fill('5')
    const created = clerk.page.waitForResponse((r) => r.url().endsWith('/api/volunteers/activities') && r.request().method() === 'POST')
    await drawer.locator(tid('vol-save')).click()
    const res = await created
    assert.equal(res.status(), 201, await res.text())

    // The member, on the phone: hours before, then the sign-up button of that activity.
    const member = await signedInBrowser('member', phone)
    open.push(member)
    const mp = member.page
    await mp.goto('/my/volunteering')
    await mp.locator(tid('my-vol-hours')).waitFor()
    const before = await hoursOf(mp)
    const card = mp.locator(tid('my-vol-upcoming'), { hasText: title })
    await card.waitFor()
    const signed = mp.waitForResponse((r) => r.url().includes('/signup') && r.request().method() === 'POST')
    await card.locator(tid('my-vol-toggle')).click()
    assert.equal((await signed).status(), 201)
    await card.locator(tid('my-vol-toggle'), { hasText: '取消报名' }).waitFor()
    await screenshot(mp, 'volunteers-signed-up')

    // The clerk opens the activity and records 2.5 hours for 王芳.
    const cp = clerk.page
    await cp.reload()
    await cp.locator(tid('vol-table')).getByText(title).first().waitFor()
    await cp.locator(`${tid('vol-table')} .el-table__row`, { hasText: title }).first().locator(tid('vol-open')).click()
    const detail = cp.locator(tid('vol-detail'))
    await detail.locator(tid('vol-signups')).getByText('王芳').waitFor()
    const row = detail.locator(tid('vol-hours-王芳'))
    const hours = row.locator('.el-input-number input')
    await hours.fill('2.5')
    await hours.press('Tab')
    const recorded = cp.waitForResponse((r) => r.url().includes('/attendance') && r.request().method() === 'PUT')
    await row.locator(tid('vol-record')).click()
    const rec = await recorded
    assert.equal(rec.status(), 200, await rec.text())
    assert.equal((await rec.json()).signups.find((s) => s.name === '王芳').minutes, 150)
    await screenshot(cp, 'volunteers-attendance')

    // Back on the phone: the year's hours went up by 2.5, the activity shows it.
    await mp.reload()
    await mp.locator(tid('my-vol-hours')).waitFor()
    assert.equal(Math.round((await hoursOf(mp)) * 10), Math.round((before + 2.5) * 10))
    const mine = mp.locator(tid('my-vol-activity'), { hasText: title })
    await mine.waitFor()
    assert.match(await mine.innerText(), /2\.5/)
    await screenshot(mp, 'volunteers-my-hours')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
