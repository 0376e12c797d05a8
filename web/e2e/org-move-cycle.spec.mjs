// (org) A clerk tries to move 机关党支部 under its own 第一党小组: the server refuses
// (422 org.cycle) and the dialog says why; the tree is unchanged.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, openBrowser, pickTreeOption, screenshot, signInAs, tid } from './helpers.mjs'

test('clerk moving a branch under its own child sees the cycle message', async () => {
  const clerk = account('MD_E2E_ORG_MOVE_USER', 'clerk')
  const b = await openBrowser()
  try {
    const { page } = b
    await b.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await signInAs(page, clerk)
    await page.goto('/org')
    const tree = page.locator(tid('org-tree'))
    await tree.locator('.node', { hasText: /^机关党支部/ }).first().click()
    await page.locator(tid('org-detail-name')).filter({ hasText: /^机关党支部$/ }).waitFor()

    await page.locator(tid('org-move')).click()
    const dialog = page.locator(tid('org-unit-dialog'))
    await dialog.waitFor()
    await pickTreeOption(page, dialog.locator(tid('org-move-parent')), /^机关党支部第一党小组/)
    const moved = page.waitForResponse((r) => /\/api\/org\/units\/\d+\/move$/.test(r.url()))
    await dialog.locator(tid('org-dialog-save')).click()
    const res = await moved
    assert.equal(res.status(), 422)
    const body = await res.json()
    assert.ok(body.fields.some((f) => f.code === 'org.cycle'), JSON.stringify(body))

    const alert = dialog.locator(tid('org-dialog-error'))
    await alert.waitFor()
    assert.equal((await alert.innerText()).trim(), body.fields.find((f) => f.code === 'org.cycle').message)
    assert.match(await alert.innerText(), /下级/)
    assert.ok(await dialog.isVisible(), 'the dialog stays open')
    await screenshot(page, 'org-move-cycle')
  } finally {
    await b.close()
  }
})
