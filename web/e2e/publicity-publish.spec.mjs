// (publicity) The clerk writes an article in the rich-text editor and sends it to review; the
// leader — a second person — approves it; on a phone (390×844), without signing in, the portal
// home lists it under 工作动态 and its page shows the body with Chinese typography and an
// Open Graph title for link previews.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openBrowser, screenshot, signedInBrowser, tid } from './helpers.mjs'

test('an article goes from draft through review to the portal on a phone', async () => {
  const open = []
  const title = `浏览器测试稿件${Date.now() % 100000}`
  try {
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    const { page } = clerk
    await page.goto('/articles')
    await page.locator(tid('articles-table')).waitFor()
    await page.locator(tid('article-create')).click()
    await page.locator(`input${tid('article-title')}, ${tid('article-title')} input`).first().fill(title)
    const body = page.locator(tid('article-editor'))
    await body.click()
    await page.keyboard.type('区人大常委会组织代表深入社区，听取群众对老旧小区改造的意见建议。')
    const created = page.waitForResponse((r) => r.url().endsWith('/api/articles') && r.request().method() === 'POST')
    await page.locator(tid('article-save')).click()
    const res = await created
    assert.equal(res.status(), 201, await res.text())
    const id = (await res.json()).id
    await page.waitForURL((u) => u.pathname === `/articles/${id}`)

    const submitted = page.waitForResponse((r) => r.url().endsWith(`/api/articles/${id}/submit`))
    await page.locator(tid('article-submit')).click()
    assert.equal((await submitted).status(), 200)
    await page.locator(tid('article-state')).getByText('待审核').waitFor()
    // The author cannot approve their own article: the button is offered, the server refuses.
    const self = page.waitForResponse((r) => r.url().endsWith(`/api/articles/${id}/approve`))
    await page.locator(tid('article-approve')).click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    assert.equal((await self).status(), 409)
    await screenshot(page, 'publicity-review')

    const leader = await signedInBrowser('leader')
    open.push(leader)
    await leader.page.goto(`/articles/${id}`)
    await leader.page.locator(tid('article-approve')).click()
    const approved = leader.page.waitForResponse((r) => r.url().endsWith(`/api/articles/${id}/approve`))
    await leader.page.locator('.el-message-box__btns .el-button--primary').click()
    assert.equal((await approved).status(), 200)
    await leader.page.locator(tid('article-state')).getByText('已发布').waitFor()
    await leader.page.locator(tid('article-history')).getByText('审核通过').waitFor()

    // The public portal on a phone, no sign-in.
    const visitor = await openBrowser({ width: 390, height: 844 })
    open.push(visitor)
    await visitor.page.goto('/portal')
    const link = visitor.page.locator('#col-work a', { hasText: title })
    await link.waitFor()
    await screenshot(visitor.page, 'publicity-portal-home')
    await link.click()
    await visitor.page.locator('article h1', { hasText: title }).waitFor()
    const og = await visitor.page.locator('meta[property="og:title"]').getAttribute('content')
    assert.equal(og, title)
    const style = await visitor.page.locator('article .body p').first().evaluate((p) => {
      const s = getComputedStyle(p)
      return { indent: parseFloat(s.textIndent), size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) }
    })
    assert.equal(style.indent, style.size * 2, 'first-line indent of two characters')
    assert.ok(Math.abs(style.line / style.size - 1.8) < 0.05, `line height 1.8, got ${style.line / style.size}`)
    const width = await visitor.page.evaluate(() => document.documentElement.scrollWidth)
    assert.ok(width <= 390, `no horizontal scrolling on a phone (${width}px)`)
    await screenshot(visitor.page, 'publicity-portal-article')
  } finally {
    for (const b of open) await b.close()
  }
})
