// (deputies) On a phone, a deputy opens "我联系的代表", sees the deputies assigned to them
// and logs a contact with the big button: date defaults to today, way, content, saved.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, openBrowser, screenshot, signInAs, tid } from './helpers.mjs'

test('deputy sees their assigned deputies on the phone page and logs a contact', async () => {
  const deputy = account('MD_E2E_DEPUTY_USER', 'deputy')
  const b = await openBrowser({ width: 390, height: 844 })
  try {
    const { page } = b
    await b.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await signInAs(page, deputy)
    const loaded = page.waitForResponse((r) => r.url().includes('/api/liaisons') && r.url().includes('mine=1'))
    await page.goto('/my-liaisons')
    const res = await loaded
    assert.ok(res.ok(), `mine: ${res.status()}`)
    const cards = page.locator(tid('my-liaison'))
    await cards.first().waitFor()
    const name = (await cards.first().locator(tid('my-liaison-name')).innerText()).trim()
    assert.ok(name.length > 0)

    // Elder-friendly: the main button is a large target.
    const button = cards.first().locator(tid('my-liaison-log'))
    const box = await button.boundingBox()
    assert.ok(box && box.height >= 44, `button height ${box?.height}`)
    await screenshot(page, 'deputy-my-liaisons')
    await button.click()

    const dialog = page.locator(tid('contact-dialog'))
    await dialog.waitFor()
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
    assert.equal(await dialog.locator(`input${tid("contact-date")}, ${tid("contact-date")} input`).first().inputValue(), today)
    await dialog.locator(tid('contact-way-phone')).click()
    await dialog.locator(`textarea${tid("contact-content")}, ${tid("contact-content")} textarea`).first().fill('电话了解其对老旧小区加装电梯的意见建议')
    await dialog.locator(`textarea${tid("contact-followup")}, ${tid("contact-followup")} textarea`).first().fill('转交城建环资委')
    await screenshot(page, 'deputy-contact-form')
    const saved = page.waitForResponse((r) => /\/api\/liaisons\/\d+\/contacts$/.test(r.url()) && r.request().method() === 'POST')
    await dialog.locator(tid('contact-save')).click()
    const post = await saved
    assert.ok(post.ok(), `log: ${post.status()} ${await post.text()}`)
    await dialog.waitFor({ state: 'hidden' })
    // The card now shows today's date as the last contact.
    await page.locator(tid('my-liaison-last'), { hasText: today }).first().waitFor()
    await screenshot(page, 'deputy-contact-logged')
  } finally {
    await b.close()
  }
})
