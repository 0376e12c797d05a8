// (report) The leader opens 年度党建工作报告 for 2019-01-01..2020-06-28 and finds the seed
// article's figures; rewrites a paragraph in place, which survives a reload; prints the report
// to PDF (print media, A4) whose text holds the same figures and whose first page renders;
// then restores the generated paragraph.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

const PERIOD = '/annual-report?from=2019-01-01&to=2020-06-28'

/** Every figure of the report as "label value unit" lines, and the numbers alone. */
function figuresOf(report) {
  const all = report.sections.flatMap((s) => s.figures)
  return { all, values: all.map((f) => f.value) }
}

/** Checks the seed article's figures against one text (the page or the PDF). */
function assertSeedFigures(text, where) {
  const compact = text.replace(/[\s,]/g, '')
  for (const word of ['优秀党员', '代表工作室', '道德讲堂', '路口镇', '民生实事']) assert.ok(compact.includes(word), `${where}: ${word}`)
  for (const n of ['4', '6', '5', '27', '154', '114', '20', '300', '258']) {
    assert.ok(new RegExp(`(^|\\D)${n}(\\D|$)`).test(compact), `${where}: the figure ${n}`)
  }
}

test('the annual report shows the seed figures, keeps an edit and prints to PDF', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'md-report-'))
  const b = await signedInBrowser('leader')
  try {
    const { page } = b
    const loaded = page.waitForResponse((r) => r.url().includes('/api/reports/annual?'))
    await page.goto(PERIOD)
    const res = await loaded
    assert.equal(res.status(), 200, await res.text())
    const report = await res.json()
    const doc = page.locator(tid('report-doc'))
    await doc.waitFor()
    assert.equal(await page.locator(tid('report-period')).innerText(), '（2019年1月1日至2020年6月28日）')

    // The seed article's figures, in the data and on the page.
    const { all, values } = figuresOf(report)
    for (const n of [4, 6, 5, 27, 154, 114, 20, 300, 258]) assert.ok(values.includes(n), `figure ${n} in ${JSON.stringify(all)}`)
    const byKey = Object.fromEntries(all.map((f) => [f.key, f.value]))
    assert.equal(byKey.excellentMembers, 4)
    assert.deepEqual([byKey.deputiesProvince, byKey.deputiesCity, byKey.deputiesDistrict, byKey.deputiesTown], [5, 27, 154, 114])
    assert.deepEqual([byKey.workstations, byKey.workstationDeputies, byKey.workstationPartyDeputies], [20, 300, 258])
    // Money comes in fen; the page shows the server's "3.24万元".
    const donation = all.find((f) => f.key === 'donationsFen')
    assert.ok(donation && Number(donation.value) >= 3_000_000, `donations of at least 3万元: ${JSON.stringify(donation)}`)
    const pageText = await doc.innerText()
    assertSeedFigures(pageText, 'page')
    assert.match(pageText.replace(/\s/g, ''), /路口镇[^。]*5件民生实事|路口镇2019年度票决项目5项/)
    assert.match(pageText.replace(/\s/g, ''), /捐款捐物[^。]*万元/)

    // Rewrite the first paragraph; it stays after a reload.
    const para = doc.locator('[data-testid^="report-paragraph-"]').first()
    const paraId = await para.getAttribute('data-testid')
    const marker = `经领导审定修改${Date.now() % 100000}。`
    await para.locator(tid('report-para-edit')).click()
    // Element Plus puts the test id on the <textarea> itself.
    const input = para.locator(`textarea${tid('report-para-input')}, ${tid('report-para-input')} textarea`).first()
    const before = await input.inputValue()
    await input.fill(`${before}${marker}`)
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/reports/annual/paragraphs') && r.request().method() === 'PUT')
    await para.locator(tid('report-para-save')).click()
    assert.equal((await saved).status(), 200)
    await page.reload()
    const again = page.locator(tid(paraId))
    await again.locator(tid('report-para-text')).getByText(marker).waitFor()
    await screenshot(page, 'report-annual-edited')

    // Print to PDF with the print style sheet: A4, the figures in the text, a page image.
    await page.emulateMedia({ media: 'print' })
    const pdf = join(dir, 'report.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    await page.emulateMedia({ media: 'screen' })
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    assertSeedFigures(pdfText, 'PDF')
    assert.ok(pdfText.replace(/\s/g, '').includes(marker), 'the edited paragraph is printed')
    assert.ok(!pdfText.includes(await page.locator(tid('report-print')).innerText()), 'no buttons on paper')
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    assert.match(info, /A4/)
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(dir, 'page')])
    const png = ['page-1.png', 'page-01.png', 'page-001.png'].map((f) => join(dir, f)).find(existsSync)
    assert.ok(png && statSync(png).size > 2000, 'the first page renders to an image')

    // Restore the generated text (confirmed), so a rerun starts from the same report.
    const restored = page.waitForResponse((r) => r.url().includes('/api/reports/annual/paragraphs?') && r.request().method() === 'DELETE')
    await again.locator(tid('report-para-restore')).click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    assert.equal((await restored).status(), 200)
    await page.locator(tid(paraId)).locator(tid('report-para-text')).getByText(before.slice(0, 10)).waitFor()
    assert.equal((await page.locator(tid(paraId)).locator(tid('report-para-text')).innerText()).includes(marker), false)
  } finally {
    await b.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

// The seed article counts 6 道德讲堂, 7 "我们的节日" activities and 6 persons handled by
// 2020-06-28 (去年以来): the demo dates them within that period.
test('the union and accountability seed figures fall within the seed period', async () => {
  const b = await signedInBrowser('leader')
  try {
    const { page } = b
    const loaded = page.waitForResponse((r) => r.url().includes('/api/reports/annual?'))
    await page.goto(PERIOD)
    const report = await (await loaded).json()
    const byKey = Object.fromEntries(report.sections.flatMap((s) => s.figures).map((f) => [f.key, f.value]))
    assert.deepEqual([byKey.moralLectures, byKey.festivalActivities, byKey.personsHandled], [6, 7, 6])
  } finally {
    await b.close()
  }
})
