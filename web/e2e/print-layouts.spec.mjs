// (print) The documents that are filed on paper print as A4 portrait PDFs with the
// organization, the title, the date in Chinese form (2026年1月20日) and page numbers: a
// meeting's minutes and its sign-in sheet (with an empty 签名 column), and a certified vote
// result with its totals. The PDF's text is read back with pdftotext (poppler-utils).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

const work = mkdtempSync(join(tmpdir(), 'md-print-'))

/** The printed page as a PDF (the stylesheet's own @page size and margins), as text. */
async function printedText(page, name) {
  await page.emulateMedia({ media: 'print' })
  const file = join(work, `${name}.pdf`)
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  await page.emulateMedia({ media: 'screen' })
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  return { info, text, flat: text.replace(/\s+/g, '') }
}

/** 2026年1月20日: a time in China (UTC+8) the way official paper writes dates. */
function chineseDate(value) {
  const ms = typeof value === 'number' ? (value < 1e12 ? value * 1000 : value) : Date.parse(value)
  const d = new Date(ms + 8 * 3600_000)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}

function assertA4Portrait(info, what) {
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  assert.ok(m, `${what}: no page size in pdfinfo`)
  assert.ok(Math.abs(Number(m[1]) - 595.28) < 2 && Math.abs(Number(m[2]) - 841.89) < 2, `${what}: not A4 portrait: ${m[0]}`)
}

test('minutes, sign-in sheet and certified vote result print as A4 documents', async () => {
  const officer = await signedInBrowser('branch')
  try {
    const page = officer.page
    const api = async (path) => page.evaluate(async (p) => (await fetch(p, { headers: { 'Accept-Language': 'zh-CN' } })).json(), path)
    const me = await api('/api/auth/me')
    const org = me.organizationName
    assert.ok(org, 'the organization has a name')

    // A held meeting of the officer's branch, from the register.
    const list = await api('/api/meetings?status=closed&page=1&pageSize=1&sort=startsAt&order=asc')
    assert.ok(list.items?.length, 'the demo has held meetings')
    const meeting = await api(`/api/meetings/${list.items[0].id}`)
    const day = chineseDate(meeting.startsAt)

    await page.goto(`/meetings/${meeting.id}/print`)
    await page.locator(tid('print-minutes')).waitFor()
    assert.equal(await page.locator(tid('print-date')).innerText(), day)
    await page.locator(tid('print-button')).waitFor()
    await screenshot(page, 'print-minutes')
    const minutes = await printedText(page, 'minutes')
    assertA4Portrait(minutes.info, 'minutes')
    assert.ok(minutes.flat.includes(meeting.title.replace(/\s+/g, '')), 'minutes: meeting title')
    assert.ok(minutes.flat.includes(org.replace(/\s+/g, '')), 'minutes: organization')
    assert.ok(minutes.flat.includes(day), `minutes: Chinese-form date ${day}`)
    assert.ok(minutes.flat.includes('会议记录'), 'minutes: heading')
    assert.match(minutes.text, /\b1\s*\/\s*\d+\b/, 'minutes: page numbers')
    assert.equal(await page.locator('.el-button').first().isVisible(), true, 'screen shows the buttons')

    await page.locator(tid('print-sheet-signin')).click()
    await page.locator(tid('print-signin')).waitFor()
    const rows = await page.locator(tid('print-signin-row')).count()
    assert.ok(rows > 0, 'the sign-in sheet lists the expected attendees')
    await screenshot(page, 'print-signin')
    const signin = await printedText(page, 'signin')
    assertA4Portrait(signin.info, 'sign-in sheet')
    assert.ok(signin.flat.includes(meeting.title.replace(/\s+/g, '')), 'sign-in: meeting title')
    assert.ok(signin.flat.includes(org.replace(/\s+/g, '')), 'sign-in: organization')
    assert.ok(signin.flat.includes(day), `sign-in: Chinese-form date ${day}`)
    assert.ok(signin.flat.includes('签名'), 'sign-in: signature column')
    assert.ok(signin.flat.includes(meeting.attendance[0].name), 'sign-in: an attendee')
    assert.ok(!signin.flat.includes('打印'), 'buttons do not print')

    // The first certified vote of the demo (路口镇 2019 民生实事项目票决): public page.
    const result = await api('/api/votes/1/result').catch(() => null)
    await page.goto('/ballot/result/1')
    await page.locator(tid('result-sheet')).waitFor()
    const summary = await page.locator(tid('result-summary')).innerText()
    const numbers = summary.match(/\d+/g)
    assert.ok(numbers && numbers.length >= 4, `the summary has the totals: ${summary}`)
    if (result?.eligible) assert.equal(Number(numbers[0]), result.eligible)
    await screenshot(page, 'print-vote-result')
    const vote = await printedText(page, 'vote-result')
    assertA4Portrait(vote.info, 'vote result')
    assert.ok(vote.flat.includes(summary.replace(/\s+/g, '')), 'vote result: the totals line')
    assert.ok(vote.flat.includes('计票结果'), 'vote result: heading')
    assert.ok(vote.flat.includes(org.replace(/\s+/g, '')), 'vote result: organization')
    assert.match(vote.flat, /\d{4}年\d{1,2}月\d{1,2}日/, 'vote result: Chinese-form date')
  } finally {
    await officer.close()
    rmSync(work, { recursive: true, force: true })
  }
})
