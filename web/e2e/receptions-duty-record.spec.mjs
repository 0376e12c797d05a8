// (receptions) The office keeps a deputy's duty record (履职档案, R9.4): the clerk finds 刘建军
// in the list of duty records, adds an entry by hand (epidemic duty) with a photo as evidence,
// sees it on the year's sheet with the evidence file, and the print layout carries it; the
// deputy finds the same entry on his phone.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

// A 1×1 PNG: the evidence upload is sniffed for its type on the server.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

test('the clerk adds an epidemic-duty entry with evidence to a deputy duty record', async () => {
  const open = []
  const text = `疫情防控卡口值守（浏览器测试 ${Date.now() % 100000}）`
  try {
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    const { page } = clerk
    await page.goto('/duty-records')
    const table = page.locator(tid('duty-table'))
    await table.waitFor()
    await page.locator(`${tid('duty-q')} input, input${tid('duty-q')}`).first().fill('刘建军')
    await page.locator(`${tid('duty-q')} input, input${tid('duty-q')}`).first().press('Enter')
    const row = table.locator('.el-table__row', { hasText: '刘建军' }).first()
    await row.waitFor()
    await row.click()
    await page.locator(tid('duty-sheet')).waitFor()
    const entriesBefore = await page.locator(tid('duty-entry')).count()

    await page.locator(tid('duty-add')).click()
    const dialog = page.locator('.el-dialog:visible')
    await dialog.waitFor()
    // Saving without a description is refused in the form, nothing is sent.
    await dialog.locator('.el-dialog__footer .el-button--primary').click()
    await dialog.locator('.el-form-item__error').first().waitFor()
    await dialog.locator('textarea').fill(text)
    await dialog.locator('input[type=file]').setInputFiles({ name: '值守照片.png', mimeType: 'image/png', buffer: PNG })
    await dialog.locator('.el-dialog__footer .el-button--primary').click()
    await dialog.waitFor({ state: 'hidden' })

    const entry = page.locator(tid('duty-entry'), { hasText: text })
    await entry.waitFor()
    assert.equal(await page.locator(tid('duty-entry')).count(), entriesBefore + 1)
    assert.match(await entry.innerText(), /值守照片\.png/)
    await screenshot(page, 'receptions-duty-record-entry')

    // The print layout (A4) carries the entry.
    const url = new URL(page.url())
    const id = url.pathname.split('/').filter(Boolean).pop()
    await page.goto(`/duty-records/${id}/print${url.search}`)
    await page.emulateMedia({ media: 'print' })
    await page.locator(tid('duty-entry'), { hasText: text }).waitFor()
    await screenshot(page, 'receptions-duty-record-print')

    // The deputy sees the same entry on the phone.
    const deputy = await signedInBrowser('deputy', { width: 390, height: 844 })
    open.push(deputy)
    await deputy.page.goto('/my/duty-record')
    await deputy.page.locator(tid('duty-entry'), { hasText: text }).waitFor()
  } finally {
    for (const b of open) await b.close()
  }
})
