// (donations) The clerk records a unit's money donation in the drawer; the campaign's total
// appears above the ledger; the acknowledgement list of the campaign opens in its print
// layout with the donor and prints to an A4 PDF.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

const field = (scope, id) => scope.locator(`${tid(id)} input, input${tid(id)}`).first()

test('a donation recorded by the clerk updates the totals and prints in the acknowledgement list', async () => {
  const open = []
  const stamp = Date.now() % 100000
  const campaign = `浏览器测试捐赠活动${stamp}`
  const donor = `浏览器测试爱心企业${stamp}`
  try {
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    const { page } = clerk
    await page.goto('/donations')
    await page.locator(tid('don-table')).waitFor()
    await page.locator(tid('don-totals')).getByText('2020年新冠肺炎疫情防控捐款捐物').waitFor()

    await page.locator(tid('don-create')).click()
    const drawer = page.locator(tid('don-drawer'))
    await drawer.waitFor()
    await drawer.locator(tid('don-donor-kind')).getByText('单位').click()
    await field(drawer, 'don-donor-name').fill(donor)
    await field(drawer, 'don-amount').fill('12345.60')
    await field(drawer, 'don-recipient').fill('云溪区红十字会')
    await field(drawer, 'don-receipt').fill(`E2E-${stamp}`)
    await field(drawer, 'don-campaign').fill(campaign)
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/donations') && r.request().method() === 'POST')
    await drawer.locator(tid('don-save')).click()
    const res = await saved
    assert.equal(res.status(), 201, await res.text())
    assert.equal((await res.json()).amountFen, 1234560)

    // The totals above the ledger now show the new campaign.
    const card = page.locator(tid('don-total'), { hasText: campaign })
    await card.waitFor()
    assert.match(await card.locator(tid('don-total-yuan')).innerText(), /12,345\.60/)
    await page.locator(tid('don-table')).getByText(donor).first().waitFor()
    await screenshot(page, 'donations-ledger')

    // The acknowledgement list: print layout, the donor, the total; printed as an A4 PDF.
    await card.locator(tid('don-ack')).click()
    await page.waitForURL('**/donations/acknowledgement**')
    const table = page.locator(tid('don-ack-table'))
    await table.getByText(donor).waitFor()
    assert.match(await page.locator(tid('don-ack-total')).innerText(), /12,345\.60/)
    await page.emulateMedia({ media: 'print' })
    assert.equal(await page.locator(tid('don-ack-print')).isVisible(), false, 'buttons do not print')
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    assert.ok(pdf.length > 1000 && pdf.subarray(0, 4).toString() === '%PDF', 'an A4 PDF')
    await page.emulateMedia({ media: 'screen' })
    await screenshot(page, 'donations-acknowledgement')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
