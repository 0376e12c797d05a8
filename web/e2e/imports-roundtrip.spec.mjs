// (imports, R12.3) "An export opened by re-import": a clerk exports the deputies list to .xlsx,
// one cell of the downloaded file is edited (the constituency), the file goes back in through
// the shared import dialog: "更新 N", no rejected rows, and the list shows the edited value. Then
// a file with one bad row (mode "仅导入有效行"): the row-by-row report lists it and the error
// report downloads as an .xlsx.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BASE_URL, account, openBrowser, screenshot, signInAs, tid } from './helpers.mjs'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const escapeXml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A one-sheet workbook of inline strings (what a user's spreadsheet program would save). */
function workbook(rows) {
  const col = (i) => String.fromCharCode(65 + i)
  const cells = rows
    .map((r, ri) => `<row r="${ri + 1}">${r.map((v, ci) => `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`).join('')}</row>`)
    .join('')
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`),
    }),
  )
}

/** Replaces one text in the workbook's shared strings (or inline cells): the user's edit. */
function editCell(bytes, from, to) {
  const files = unzipSync(new Uint8Array(bytes))
  let changed = false
  for (const name of ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) {
    if (!files[name]) continue
    const xml = strFromU8(files[name])
    const next = xml.replace(`>${escapeXml(from)}<`, `>${escapeXml(to)}<`)
    if (next !== xml) {
      files[name] = strToU8(next)
      changed = true
      break
    }
  }
  assert.ok(changed, `"${from}" found in the exported workbook`)
  return Buffer.from(zipSync(files))
}

async function importThroughDialog(page, file, mode) {
  await page.locator(tid('deputies-import')).click()
  const dialog = page.locator(tid('import-dialog'))
  await dialog.waitFor()
  await dialog.locator('input[type=file]').setInputFiles({ name: file.name, mimeType: XLSX, buffer: file.buffer })
  await dialog.locator(tid(`import-mode-${mode}`)).click()
  const answered = page.waitForResponse((r) => r.url().includes('/api/deputies/import?'))
  await dialog.locator(tid('import-submit')).click()
  const res = await answered
  assert.ok(res.url().includes(`mode=${mode}`), res.url())
  const summary = dialog.locator(tid('import-summary'))
  await summary.waitFor()
  return { dialog, summary: await summary.innerText(), status: res.status() }
}

async function closeDialog(page) {
  await page.locator(`${tid('import-dialog')} .el-dialog__footer button`).first().click()
  await page.locator(tid('import-dialog')).waitFor({ state: 'hidden' })
}

test('clerk exports the deputies, edits a cell, re-imports (更新 N), then sees a bad row reported', async () => {
  const clerk = account('MD_E2E_IMPORTS_USER', 'clerk')
  const dir = mkdtempSync(join(tmpdir(), 'md-e2e-imports-'))
  const b = await openBrowser()
  try {
    const { page } = b
    await b.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await signInAs(page, clerk)

    // The deputy the article names (the demo account `deputy`): a short, known list to export.
    const name = '刘建军'
    const found = await (await page.request.get(`${BASE_URL}/api/deputies?q=${encodeURIComponent(name)}`)).json()
    assert.ok(found.total > 0, `${name} is a deputy`)
    const deputy = found.items[0]
    const edited = `${deputy.constituency.slice(0, 40)}（已核对）`

    await page.goto('/deputies')
    await page.locator(`${tid('deputies-q')} input, input${tid('deputies-q')}`).first().fill(name)
    await page.locator(tid('deputies-search')).click()
    await page.getByText(deputy.constituency).first().waitFor()

    const download = page.waitForEvent('download')
    await page.locator(tid('deputies-export')).click()
    const exported = await download
    assert.match(exported.suggestedFilename(), /\.xlsx$/)
    const path = join(dir, 'deputies.xlsx')
    await exported.saveAs(path)
    const changed = editCell(readFileSync(path), deputy.constituency, edited)

    const again = await importThroughDialog(page, { name: 'deputies.xlsx', buffer: changed }, 'all')
    assert.equal(again.status, 200, again.summary)
    const m = /更新\s*(\d+)/.exec(again.summary)
    assert.ok(m && Number(m[1]) >= 1, `summary: ${again.summary}`)
    assert.match(again.summary, /\b0\s*行有误/, again.summary)
    assert.equal(await again.dialog.locator(tid('import-rejected')).count(), 0, 'no rejected rows')
    await screenshot(page, 'imports-reimport-updated')
    await closeDialog(page)
    await page.getByText(edited).first().waitFor()

    // One good row (the same deputy again) and one bad row, imported with 仅导入有效行.
    const header = ['姓名', '层级', '届次', '选区', '任职日期']
    const bad = workbook([
      header,
      [name, deputy.levelName, String(deputy.term), edited, deputy.startedOn],
      ['查无此人', '县', '99', '某选区', '2099-01-01'],
    ])
    const report = await importThroughDialog(page, { name: 'bad.xlsx', buffer: bad }, 'valid')
    assert.equal(report.status, 200, report.summary)
    assert.match(report.summary, /更新\s*1/, report.summary)
    // The file has no workstation column: the deputy keeps the workstation it had.
    const after = (await (await page.request.get(`${BASE_URL}/api/deputies?q=${encodeURIComponent(name)}`)).json()).items[0]
    assert.deepEqual(after.workstation, deputy.workstation, 'a column the file leaves out is left as it was')
    const rows = report.dialog.locator(`${tid('import-rejected')} .el-table__row`)
    await rows.first().waitFor()
    const first = await rows.first().innerText()
    assert.match(first, /^3\s/, `row number shown: ${first}`)
    assert.match(first, /姓名/, `column shown: ${first}`)
    await screenshot(page, 'imports-row-report')

    const reportDownload = page.waitForEvent('download')
    await report.dialog.locator(tid('import-error-report')).click()
    const file = await reportDownload
    assert.match(file.suggestedFilename(), /\.xlsx$/)
    const reportPath = join(dir, 'errors.xlsx')
    await file.saveAs(reportPath)
    const bytes = readFileSync(reportPath)
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an .xlsx')
    const sheet = strFromU8(unzipSync(new Uint8Array(bytes))['xl/sharedStrings.xml'])
    assert.match(sheet, /行号/)
    assert.match(sheet, /找不到此人/)
    await closeDialog(page)
  } finally {
    await b.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
