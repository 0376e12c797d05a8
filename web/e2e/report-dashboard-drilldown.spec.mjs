// (dashboard) The leader opens 领导驾驶舱, clicks 路口镇's bar in the opinions-by-town chart —
// a real mouse click on the canvas, at the bar's position taken from the chart itself — and
// lands on the opinions list filtered by that town, showing only that town's rows.
// (Named report-* so it runs after language-switch, which needs `leader` fresh from the seed.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { screenshot, signedInBrowser, tid } from './helpers.mjs'

const TOWN = '路口镇'

/** Centre of bar `index` of series `seriesId` of a dashboard chart, in page coordinates. */
async function barCentre(page, chartId, seriesId, index) {
  const handle = await page.waitForFunction(
    ({ chartId, seriesId, index }) => {
      const chart = window.__mdCharts?.[chartId]
      if (!chart) return null
      const model = chart.getModel()
      const series = model.getSeries().find((s) => s.id === seriesId)
      const layout = series?.getData().getItemLayout(index)
      if (!layout || !layout.width) return null
      const box = chart.getDom().getBoundingClientRect()
      return { x: box.left + layout.x + layout.width / 2, y: box.top + layout.y + layout.height / 2 }
    },
    { chartId, seriesId, index },
  )
  return handle.jsonValue()
}

test('a click on a town bar opens the opinions of that town', async () => {
  const b = await signedInBrowser('leader')
  try {
    const { page } = b
    const loaded = page.waitForResponse((r) => r.url().includes('/api/reports/dashboard?'))
    await page.locator(tid('menu-dashboard')).click()
    const res = await loaded
    assert.equal(res.status(), 200, await res.text())
    const dashboard = await res.json()
    const index = dashboard.figures.opinions.byTown.findIndex((r) => r.town === TOWN)
    assert.ok(index >= 0, `${TOWN} is in the chart: ${JSON.stringify(dashboard.figures.opinions.byTown)}`)
    assert.ok(dashboard.figures.opinions.byTown[index].received > 0)

    await page.locator(`${tid('chart-towns')} canvas`).first().waitFor()
    await page.locator(tid('kpi-coverageOrganization')).waitFor()
    assert.match(await page.locator(tid('kpi-attendance')).innerText(), /%|\u2014/)
    await screenshot(page, 'dashboard-leader')

    // The mouse clicks where the page is: bring the chart into the viewport first.
    await page.locator(tid('chart-towns')).scrollIntoViewIfNeeded()
    const at = await barCentre(page, 'towns', 'received', index)
    const listed = page.waitForResponse((r) => r.url().includes('/api/opinions?') && r.url().includes('town='))
    await page.mouse.click(at.x, at.y)
    await page.waitForURL((url) => url.pathname === '/opinions' && url.searchParams.get('town') === TOWN)
    const list = await (await listed).json()
    assert.ok(list.items.length > 0, 'the town has opinions')
    assert.ok(list.items.every((o) => o.town === TOWN), 'the server filtered by the town')

    const rows = page.locator(`${tid('opinions-table')} .el-table__body tr`)
    await rows.first().waitFor()
    const texts = await rows.allInnerTexts()
    assert.equal(texts.length, Math.min(list.items.length, 20))
    for (const text of texts) assert.ok(text.includes(TOWN), `row shows ${TOWN}: ${text}`)
    await screenshot(page, 'dashboard-drilldown-opinions')
  } finally {
    await b.close()
  }
})
