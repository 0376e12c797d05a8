// (warnings) A member (陈静, the `clerk` account, 机关党支部) misses organizational life for the
// last three complete months: the branch officer (李支书) evaluates now and a yellow card
// appears; the member sees it on her phone and acknowledges it; she then attends a meeting of
// the latest month and pays her dues, the officer evaluates again, sees "建议解除" (proposed by
// the rules) and confirms the lift — only that makes the card lifted.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

/** A JSON API call from inside the signed-in page (cookies + CSRF header, like the app). */
async function api(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const csrf = document.cookie.match(/md_csrf=([^;]+)/)?.[1] ?? ''
      const r = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: r.status, body: await r.json().catch(() => null) }
    },
    { method, path, body },
  )
}

/** The China-time month `offset` months from now: { month: 'YYYY-MM', first, last, noon10 }. */
function chinaMonth(offset) {
  const now = new Date(Date.now() + 8 * 3600_000)
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1))
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + 1, 0))
  const day = (d) => d.toISOString().slice(0, 10)
  return { month: day(start).slice(0, 7), first: day(start), last: day(end), at10: start.getTime() / 1000 - 8 * 3600 + 9 * 86400 + 10 * 3600 }
}

async function confirmBox(page) {
  await page.locator('.el-message-box__btns .el-button--primary').click()
}

async function evaluateInUi(page) {
  const done = page.waitForResponse((r) => r.url().endsWith('/api/warnings/evaluate'))
  await page.locator(tid('warnings-evaluate')).click()
  await confirmBox(page)
  const res = await done
  assert.equal(res.status(), 200, await res.text())
}

async function searchName(page, name) {
  await page.locator(`${tid('warnings-q')} input, input${tid('warnings-q')}`).first().fill(name)
  const listed = page.waitForResponse((r) => r.url().includes('/api/warnings?'))
  await page.locator(tid('warnings-search')).click()
  await listed
}

test('three missed months: a yellow card, acknowledged, lifted only by the officer', async () => {
  const open = []
  try {
    const officer = await signedInBrowser('branch')
    open.push(officer)
    const page = officer.page
    const people = await api(page, 'GET', '/api/people?q=' + encodeURIComponent('陈静') + '&pageSize=5')
    const person = people.body.items.find((p) => p.name === '陈静')
    assert.ok(person, 'the demo member 陈静')

    // The member's phone (signed in now: the setup below uses her clerk's scope once).
    const member = await signedInBrowser('clerk', { width: 390, height: 844 })
    open.push(member)

    // She skipped every meeting of the last three complete months: the officer records her
    // absent at 机关党支部's meetings (one extra meeting a month recorded late, so the months are
    // never empty whatever the date of the run); her functional branch (法制委员会功能型党支部,
    // 双重组织生活) has no officer account in the demo, so the clerk's office records those.
    const latest = {}
    const markAbsent = async (p, unit, m) => {
      const meetings = await api(p, 'GET', `/api/meetings?orgUnitId=${unit}&from=${m.first}&to=${m.last}&pageSize=100`)
      assert.equal(meetings.status, 200, JSON.stringify(meetings.body))
      for (const mt of meetings.body.items) {
        const r = await api(p, 'PUT', `/api/meetings/${mt.id}/attendance/${person.id}`, { status: 'absent', reason: 'unexcused', correctionReason: '核对签到记录：未到会' })
        assert.ok([200, 404].includes(r.status), JSON.stringify(r.body))
      }
    }
    for (const offset of [-3, -2, -1]) {
      const m = chinaMonth(offset)
      const created = await api(page, 'POST', '/api/meetings', {
        orgUnitId: 2,
        type: 'lecture',
        title: `预警演示党课（${m.month}）`,
        startsAt: m.at10,
        endsAt: m.at10 + 5400,
        place: '机关三楼会议室',
        host: '李明',
        recorder: '王芳',
      })
      assert.equal(created.status, 201, JSON.stringify(created.body))
      latest[offset] = created.body.id
      await markAbsent(page, 2, m)
      await markAbsent(member.page, 3, m)
    }

    // The officer evaluates now: a yellow card for organizational life.
    await page.goto('/warnings')
    await evaluateInUi(page)
    await searchName(page, '陈静')
    const row = page.locator(`${tid('warnings-table')} .el-table__row`, { hasText: '组织生活' }).first()
    await row.waitFor()
    assert.match(await row.innerText(), /黄牌/)
    await screenshot(page, 'warnings-yellow-card-list')

    // The member sees it on her phone and acknowledges it.
    await member.page.goto('/my/warnings')
    const card = member.page.locator(tid('my-warning-orglife'))
    await card.waitFor()
    assert.match(await card.innerText(), /黄牌/)
    const acked = member.page.waitForResponse((r) => r.url().includes('/acknowledge'))
    await card.locator(tid('my-warning-ack')).click()
    await confirmBox(member.page)
    assert.equal((await acked).status(), 200)
    await card.locator(tid('my-warning-acknowledged')).waitFor()
    await screenshot(member.page, 'warnings-yellow-card-phone')

    // She attends the latest month's meeting and pays what she owes.
    const present = await api(page, 'PUT', `/api/meetings/${latest[-1]}/attendance/${person.id}`, { status: 'present', correctionReason: '会后核实：实际到会' })
    assert.equal(present.status, 200, JSON.stringify(present.body))
    const dues = await api(page, 'GET', `/api/dues/people/${person.id}`)
    const owed = dues.body.arrears.months
    if (owed.length) {
      const paid = await api(page, 'POST', `/api/dues/people/${person.id}/payments`, {
        paidOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
        fromMonth: owed[0],
        toMonth: owed[owed.length - 1],
        amountFen: dues.body.arrears.amountFen,
        channel: 'cash',
        receiptNo: `E2E-WARN-${Date.now()}`,
      })
      assert.equal(paid.status, 201, JSON.stringify(paid.body))
    }

    // Evaluated again, the rules only propose lifting; the officer confirms it.
    await evaluateInUi(page)
    await searchName(page, '陈静')
    const proposed = page.locator(`${tid('warnings-table')} .el-table__row`, { hasText: '组织生活' }).filter({ hasText: '建议解除' }).first()
    await proposed.waitFor()
    await proposed.click()
    await page.locator(`textarea${tid('warnings-lift-note')}, ${tid('warnings-lift-note')} textarea`).first().fill('已按时参加组织生活并补交党费，经支部核实予以解除')
    const lifted = page.waitForResponse((r) => r.url().endsWith('/lift'))
    await page.locator(tid('warnings-lift')).click()
    await page.locator('.warnings-lift-confirm .el-message-box__btns .el-button--primary').click()
    const res = await lifted
    assert.equal(res.status(), 200, await res.text())
    await page.locator(tid('warnings-drawer-status'), { hasText: '已解除' }).waitFor()
    await screenshot(page, 'warnings-yellow-card-lifted')
    const after = await api(page, 'GET', `/api/warnings/${(await res.json()).id}`)
    assert.equal(after.body.status, 'lifted')
    assert.equal(after.body.liftedBy, '李支书')
  } finally {
    for (const b of open.reverse()) await b.close()
  }
})
