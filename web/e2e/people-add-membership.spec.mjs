// (people) A clerk opens a person's detail, adds a membership in 机关党支部 (组织委员, as the
// home branch) with the org-unit tree select, and sees it in the person's memberships.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, openBrowser, pickTreeOption, screenshot, signInAs, tid } from './helpers.mjs'

test('clerk adds a membership to a person and sees it in the person\'s detail', async () => {
  const clerk = account('MD_E2E_MEMBERSHIP_USER', 'clerk')
  const b = await openBrowser()
  try {
    const { page } = b
    await b.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await signInAs(page, clerk)
    // Someone without a home branch yet (the seed has non-party deputies and functional-branch members).
    const list = await page.evaluate(async () => (await fetch('/api/people?pageSize=100&sort=name')).json())
    let target = null
    for (const p of list.items.filter((p) => !p.primaryUnit)) {
      const d = await page.evaluate(async (id) => (await fetch(`/api/people/${id}`)).json(), p.id)
      if (!d.memberships.some((m) => !m.endedOn && m.orgUnit.name === '机关党支部')) {
        target = p
        break
      }
    }
    assert.ok(target, 'a person without a home branch')

    await page.goto(`/people?open=${target.id}`)
    const drawer = page.locator(tid('person-detail'))
    await drawer.locator(tid('person-memberships')).waitFor()
    await drawer.locator(tid('person-add-membership')).click()
    const dialog = page.locator(tid('membership-dialog'))
    await dialog.waitFor()
    await pickTreeOption(page, dialog.locator(tid('membership-unit')), '机关党支部')
    await dialog.locator(tid('membership-role')).click()
    await page.locator('.el-select__popper:not(.el-tree-select__popper):visible .el-select-dropdown__item', { hasText: '组织委员' }).first().click()
    // No home branch yet: the switch starts on.
    assert.equal(await dialog.locator(`${tid('membership-primary')} input`).isChecked(), true)
    await screenshot(page, 'membership-dialog')

    const saved = page.waitForResponse((r) => /\/api\/people\/\d+\/memberships$/.test(r.url()) && r.request().method() === 'POST')
    await dialog.locator(tid('membership-save')).click()
    const res = await saved
    assert.ok(res.ok(), `membership: ${res.status()} ${await res.text()}`)
    const body = JSON.parse(res.request().postData())
    assert.equal(body.role, 'organization')
    assert.equal(body.isPrimary, true)
    assert.match(body.startedOn, /^\d{4}-\d{2}-\d{2}$/)
    await dialog.waitFor({ state: 'hidden' })

    const row = drawer.locator(`${tid('person-memberships')} tr, ${tid('person-memberships')} li`, { hasText: '机关党支部' }).first()
    await row.waitFor()
    const text = await row.innerText()
    assert.match(text, /组织委员/)
    assert.match(text, /主要组织关系/)

    // A second membership in the same branch is refused next to the unit field.
    await drawer.locator(tid('person-add-membership')).click()
    await dialog.waitFor()
    await pickTreeOption(page, dialog.locator(tid('membership-unit')), '机关党支部')
    await dialog.locator(tid('membership-primary')).click()
    await dialog.locator(tid('membership-save')).click()
    const error = dialog.locator(`${tid('membership-unit-item')} .el-form-item__error`)
    await error.waitFor()
    assert.match(await error.innerText(), /已是该组织的成员/)
    await screenshot(page, 'membership-added')
  } finally {
    await b.close()
  }
})
