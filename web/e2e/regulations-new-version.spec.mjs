// (regulations) The clerk adds a regulation, gives it a new version with one article changed,
// and the version diff shows the changed line with the changed characters marked; the
// full-text search then finds the new wording with the hit highlighted.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

test('a regulation gets a new version and the diff shows the change', async () => {
  const open = []
  const mark = `${Date.now() % 100000}`
  const title = `浏览器测试档案管理办法${mark}`
  const v1 = `第一条　为规范档案管理，制定本办法。\n第二条　档案每季度整理一次。\n第三条　本办法自印发之日起施行。`
  const v2 = `第一条　为规范档案管理，制定本办法。\n第二条　档案每月整理一次，编号${mark}。\n第三条　本办法自印发之日起施行。`
  try {
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    const { page } = clerk
    await page.goto('/regulations')
    await page.locator(tid('regulations-table')).waitFor()
    await page.locator(tid('regulations-create')).click()
    const drawer = page.locator(tid('regulation-drawer'))
    await drawer.waitFor()
    await drawer.locator(`${tid('regulation-title')} input, input${tid('regulation-title')}`).first().fill(title)
    await drawer.locator(`${tid('regulation-issuer')} input, input${tid('regulation-issuer')}`).first().fill('云溪区人大常委会办公室')
    await drawer.locator(`${tid('regulation-body')} textarea, textarea${tid('regulation-body')}`).first().fill(v1)
    const created = page.waitForResponse((r) => r.url().endsWith('/api/regulations') && r.request().method() === 'POST')
    await drawer.locator(tid('regulation-save')).click()
    const res = await created
    assert.equal(res.status(), 201, await res.text())
    await page.locator(tid('regulation-text')).waitFor()
    assert.equal((await page.locator(tid('regulation-version')).innerText()).trim(), '1')

    // The new version: the second article changes.
    await page.locator(tid('regulation-new-version')).click()
    const dialog = page.locator(tid('version-dialog'))
    await dialog.locator(`${tid('version-body')} textarea, textarea${tid('version-body')}`).first().fill(v2)
    await dialog.locator(`${tid('version-note')} input, input${tid('version-note')}`).first().fill('整理频次改为每月')
    const versioned = page.waitForResponse((r) => r.url().includes('/versions') && r.request().method() === 'POST')
    await dialog.locator(tid('version-save')).click()
    const vres = await versioned
    assert.equal(vres.status(), 201, await vres.text())

    const diff = page.locator(tid('regulation-diff'))
    await diff.waitFor()
    const removed = diff.locator('[data-kind="removed"]')
    const added = diff.locator('[data-kind="added"]')
    assert.equal(await removed.count(), 1)
    assert.equal(await added.count(), 1)
    assert.match(await removed.innerText(), /每季度整理/)
    assert.match(await added.innerText(), new RegExp(`每月整理一次，编号${mark}`))
    // Inside the changed line only the changed characters are marked.
    assert.equal((await removed.locator('.chg-removed').first().innerText()).trim(), '季度')
    assert.match(await added.locator('.chg-added').first().innerText(), /月/)
    assert.equal((await page.locator(tid('regulation-version')).innerText()).trim(), '2')
    await screenshot(page, 'regulations-diff')

    // The full-text search finds the new wording, the hit highlighted.
    await page.goto('/regulations')
    await page.locator(`${tid('regulations-q')} input, input${tid('regulations-q')}`).first().fill(`编号${mark}`)
    const searched = page.waitForResponse((r) => r.url().includes('/api/regulations?') && decodeURIComponent(r.url()).includes(mark))
    await page.locator(tid('regulations-search')).click()
    await searched
    const snippet = page.locator(tid('regulation-snippet')).first()
    await snippet.waitFor()
    assert.equal((await snippet.locator('mark').first().innerText()).trim(), `编号${mark}`)
    await screenshot(page, 'regulations-search')
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
