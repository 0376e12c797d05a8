// (people) A clerk exports the people list as .xlsx and imports that same file back with
// "仅导入有效行" (mode=valid); the row-by-row report is shown.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { account, openBrowser, screenshot, signInAs, tid } from './helpers.mjs'

test('clerk exports the people list and imports that same .xlsx back (mode=valid), sees the report', async () => {
  const clerk = account('MD_E2E_PEOPLE_USER', 'clerk')
  const dir = mkdtempSync(join(tmpdir(), 'md-e2e-xlsx-'))
  const b = await openBrowser()
  try {
    const { page } = b
    await b.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await signInAs(page, clerk)
    await page.locator(tid('menu-people')).click()
    await page.waitForURL('**/people')
    await page.locator(`${tid('people-table')} .el-table__row`).first().waitFor()

    const download = page.waitForEvent('download')
    await page.locator(tid('people-export')).click()
    const file = await download
    assert.match(file.suggestedFilename(), /\.xlsx$/, file.suggestedFilename())
    const path = join(dir, 'people.xlsx')
    await file.saveAs(path)
    assert.ok(statSync(path).size > 0, 'export is not empty')

    await page.locator(tid('people-import')).click()
    const dialog = page.locator(tid('import-dialog'))
    await dialog.waitFor()
    await dialog.locator('input[type=file]').setInputFiles(path)
    await dialog.locator(tid('import-mode-valid')).click()
    const imported = page.waitForResponse((r) => r.url().includes('/api/people/import'))
    await dialog.locator(tid('import-submit')).click()
    const res = await imported
    assert.ok(res.url().includes('mode=valid'), res.url())
    assert.ok(res.ok(), `import: ${res.status()} ${res.ok() ? "" : await res.text().catch(() => page.url())}`)
    // (The response body itself is not kept by the browser's inspector for large uploads:
    // the report is read from the dialog, which is what the clerk sees anyway.)
    const summary = dialog.locator(tid('import-summary'))
    await summary.waitFor()
    const text = await summary.innerText()
    // Re-importing the export: the same people are found again and updated, none rejected.
    const m = /(\d+)\D+(\d+)\D+(\d+)/.exec(text)
    assert.ok(m, `summary: ${text}`)
    const [added, updated, rejected] = m.slice(1).map(Number)
    assert.ok(added + updated > 0, `summary: ${text}`)
    if (rejected) await dialog.locator(`${tid('import-rejected')} .el-table__row`).first().waitFor()
    await screenshot(page, 'people-import-report')
  } finally {
    await b.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
