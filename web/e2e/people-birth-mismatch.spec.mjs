// (people) A branch officer adds a person whose birth date does not match the ID number:
// the form says so under 出生日期 before sending, and when such a form reaches the server
// anyway (here: the request is altered on its way), the server's field error
// people.id_card_birth_mismatch is shown under 出生日期 too. Nobody is created.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { account, idCardNumber, openBrowser, screenshot, signInAs, tid } from './helpers.mjs'

test('branch officer creating a person with a mismatched birth date sees the field error', async () => {
  const officer = account('MD_E2E_PEOPLE_BRANCH_USER', 'branch')
  const b = await openBrowser()
  try {
    const { page } = b
    await b.context.addInitScript(() => localStorage.setItem('md_lang', 'zh-CN'))
    await signInAs(page, officer)
    await page.goto('/people')
    await page.locator(tid('people-create')).click()
    const drawer = page.locator(tid('person-drawer'))
    await drawer.waitFor()
    const seq = String(100 + (Date.now() % 800))
    const idCard = idCardNumber(`11010119850203${seq}`)
    await drawer.locator(tid('person-name')).fill('核对测试')
    await drawer.locator(tid('person-idcard')).fill(idCard)
    const birth = drawer.locator(`${tid('person-birth-item')} input`)
    assert.equal(await birth.inputValue(), '1985-02-03', 'filled in from the ID number')
    await drawer.locator(tid('person-status')).click()
    await page.locator('.el-select__popper:visible .el-select-dropdown__item', { hasText: '群众' }).first().click()
    await birth.fill('1985-02-04')
    await birth.press('Enter')

    const birthError = drawer.locator(`${tid('person-birth-item')} .el-form-item__error`)
    let posted = 0
    page.on('request', (r) => {
      if (r.url().endsWith('/api/people') && r.method() === 'POST') posted++
    })
    await drawer.locator(tid('person-save')).click()
    await birthError.waitFor()
    assert.match(await birthError.innerText(), /出生日期/)
    assert.equal(posted, 0, 'the form stops before sending')

    // The server applies the same rule: a consistent form, altered on its way.
    await birth.fill('1985-02-03')
    await birth.press('Enter')
    await birthError.waitFor({ state: 'detached' })
    await page.route('**/api/people', async (route) => {
      if (route.request().method() !== 'POST') return route.continue()
      const body = JSON.parse(route.request().postData())
      await route.continue({ postData: JSON.stringify({ ...body, birthDate: '1985-02-04' }) })
    })
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/people') && r.request().method() === 'POST')
    // A date-picker panel still open would swallow the click on 保存 (seen on a loaded machine).
    const panel = page.locator('.el-picker__popper:visible')
    if (await panel.count()) await drawer.locator('.el-drawer__header').click()
    await panel.waitFor({ state: 'hidden' })
    await drawer.locator(tid('person-save')).click()
    const res = await answered
    assert.equal(res.status(), 422)
    const body = await res.json()
    const field = body.fields.find((f) => f.code === 'people.id_card_birth_mismatch')
    assert.ok(field, JSON.stringify(body))
    await birthError.waitFor()
    assert.equal((await birthError.innerText()).trim(), field.message)
    assert.ok(await drawer.isVisible(), 'the drawer stays open')
    await screenshot(page, 'people-birth-mismatch')
  } finally {
    await b.close()
  }
})
