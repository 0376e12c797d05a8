// (org) A clerk adds a unit under 机关党支部 in 组织架构: the new node appears in the tree,
// its detail panel opens, and the history records its creation.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, openBrowser, screenshot, signInAs, tid } from './helpers.mjs'

test('clerk adds a branch under 机关党支部 in 组织架构', async () => {
  const clerk = account('MD_E2E_ORG_USER', 'clerk')
  const name = `e2e党小组${Date.now().toString(36).slice(-5)}`
  const b = await openBrowser()
  try {
    const { page } = b
    await b.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await signInAs(page, clerk)
    await page.locator(tid('menu-org')).click()
    await page.waitForURL('**/org')
    const tree = page.locator(tid('org-tree'))
    const office = tree.locator('.node', { hasText: /^机关党支部/ }).first()
    await office.waitFor()
    await office.click()
    await page.locator(tid('org-detail-name')).filter({ hasText: '机关党支部' }).waitFor()

    await page.locator(tid('org-add-child')).click()
    const dialog = page.locator(tid('org-unit-dialog'))
    await dialog.waitFor()
    await dialog.locator(tid('org-name')).fill(name)
    const created = page.waitForResponse((r) => r.url().endsWith('/api/org/units') && r.request().method() === 'POST')
    await dialog.locator(tid('org-dialog-save')).click()
    const res = await created
    assert.ok(res.ok(), `create: ${res.status()} ${await res.text()}`)
    const body = await res.json()
    assert.equal(body.name, name)

    await dialog.waitFor({ state: 'hidden' })
    const node = tree.locator('.node', { hasText: name })
    await node.waitFor()
    await node.click()
    await page.locator(tid('org-detail-name')).filter({ hasText: name }).waitFor()
    // The new unit sits under 机关党支部: its path in the detail panel names the parent.
    assert.match(await page.locator(tid('org-detail')).innerText(), /机关党支部/)
    await screenshot(page, 'org-branch-added')
  } finally {
    await b.close()
  }
})
