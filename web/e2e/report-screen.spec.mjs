// (dashboard) The 数据大屏 at 1920×1080: no app chrome, every chart drawn on its canvas, a
// clock and "updated at", and nothing scrolls.
// (Named report-* so it runs after language-switch, which needs `leader` fresh from the seed.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

test('the big screen fills 1920×1080 with its charts and no scrollbars', async () => {
  const b = await signedInBrowser('leader', { width: 1920, height: 1080 })
  try {
    const { page } = b
    await page.goto('/dashboard/screen')
    await page.locator(tid('screen')).waitFor()
    await page.locator(tid('screen-updated')).getByText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor()
    assert.equal(await page.locator(tid('side-menu')).count(), 0, 'no app chrome')

    // Five charts, each with a canvas that has something painted on it.
    const canvases = page.locator(`${tid('screen')} canvas`)
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 5, `${tid('screen')} canvas`)
    const painted = await canvases.evaluateAll((list) =>
      list.map((c) => {
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
        let n = 0
        for (let i = 3; i < data.length; i += 4 * 97) if (data[i] > 0) n++
        return c.width > 100 && c.height > 100 && n > 20
      }),
    )
    assert.ok(painted.length >= 5 && painted.every(Boolean), `charts drawn: ${painted}`)

    const kpiCount = await page.locator(`[data-testid^="screen-kpi-"]`).count()
    assert.equal(kpiCount, 9)
    const clock = await page.locator(tid('screen-clock')).innerText()
    assert.match(clock, /\d{2}:\d{2}:\d{2}/)

    const overflow = await page.evaluate(() => ({
      sw: document.documentElement.scrollWidth,
      sh: document.documentElement.scrollHeight,
      w: window.innerWidth,
      h: window.innerHeight,
    }))
    assert.ok(overflow.sw <= overflow.w && overflow.sh <= overflow.h, `no scrolling: ${JSON.stringify(overflow)}`)
    await screenshot(page, 'dashboard-screen-1920')
  } finally {
    await b.close()
  }
})
