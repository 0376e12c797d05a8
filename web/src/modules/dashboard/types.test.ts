import { describe, expect, it } from 'vitest'
import fixture from './fixture.json'
import { CHARTS, DARK, LIGHT, chartOption } from './charts'
import { headline, kpis } from './kpis'
import { drillTarget, hoursText, isEmptyDashboard, monthRange, permilleText, type Dashboard } from './types'

const d = fixture as Dashboard
const t = (key: string, named?: Record<string, unknown>) => (named ? `${key}:${JSON.stringify(named)}` : key)

describe('permilleText / hoursText', () => {
  it('shows permille as a percentage and a dash when unknown', () => {
    expect(permilleText(875)).toBe('87.5%')
    expect(permilleText(1000)).toBe('100%')
    expect(permilleText(0)).toBe('0%')
    expect(permilleText(null)).toBe('\u2014')
  })
  it('turns minutes into hours with one decimal', () => {
    expect(hoursText(750)).toBe('12.5')
    expect(hoursText(120)).toBe('2')
    expect(hoursText(null)).toBe('\u2014')
  })
})

describe('drill-down', () => {
  it('opens the town opinions, with the overdue or closed filter of the series clicked', () => {
    expect(drillTarget('towns', { seriesId: 'received', dataIndex: 0 }, d)).toEqual({ path: '/opinions', query: { town: '路口镇' } })
    expect(drillTarget('towns', { seriesId: 'overdue', dataIndex: 0 }, d)).toEqual({ path: '/opinions', query: { town: '路口镇', overdue: '1' } })
    expect(drillTarget('towns', { seriesId: 'closed', dataIndex: 1 }, d)).toEqual({ path: '/opinions', query: { town: '城关镇', state: 'closed' } })
    expect(drillTarget('towns', { seriesId: 'received', dataIndex: 9 }, d)).toBeNull()
  })
  it('opens the deputies of a level, party members or not', () => {
    expect(drillTarget('deputies', { seriesId: 'party', dataIndex: 1 }, d)).toEqual({ path: '/deputies', query: { level: 'city', party: '1' } })
    expect(drillTarget('deputies', { seriesId: 'nonParty', dataIndex: 2 }, d)).toEqual({ path: '/deputies', query: { level: 'town', party: '0' } })
  })
  it('opens the warnings of a color and the meetings of a month', () => {
    expect(drillTarget('warnings', { data: { id: 'red' } }, d)).toEqual({ path: '/warnings', query: { color: 'red' } })
    expect(drillTarget('monthly', { seriesId: 'meetings', dataIndex: 1 }, d)).toEqual({ path: '/meetings', query: { from: '2020-02-01', to: '2020-02-29' } })
  })
  it('knows month ends', () => {
    expect(monthRange(2019, 2)).toEqual({ from: '2019-02-01', to: '2019-02-28' })
    expect(monthRange(2020, 12)).toEqual({ from: '2020-12-01', to: '2020-12-31' })
  })
})

describe('cards and charts', () => {
  it('builds the nine KPI cards with percentages', () => {
    const cards = kpis(d, t, 'zh-CN')
    expect(cards).toHaveLength(9)
    expect(cards.find((c) => c.key === 'attendance')?.value).toBe('86%')
    expect(cards.find((c) => c.key === 'rectification')?.to).toBe('/rectification?state=overdue')
    expect(cards.find((c) => c.key === 'learningHours')?.value).toBe('12.5')
  })
  it('writes dues in yuan, large amounts in 万', () => {
    const dues = kpis(d, t, 'zh-CN').find((c) => c.key === 'duesCollection')!
    expect(dues.detail).toContain('"paid":"3.4万"')
    expect(dues.detail).toContain('"due":"3.6万"')
  })
  it('lists headline counts', () => {
    expect(headline(d, t, 'en').map((h) => h.value)).toEqual(['27', '20', '2', '154', '114', '20'])
  })
  it('builds every chart option in both themes, with series ids the drill-down reads', () => {
    for (const theme of [LIGHT, DARK]) for (const c of CHARTS) expect(chartOption(c.key, d, t, theme, false)).toHaveProperty('series')
    const towns = chartOption('towns', d, t, LIGHT, false) as { series: { id: string; data: number[] }[] }
    expect(towns.series.map((s) => s.id)).toEqual(['received', 'closed', 'overdue'])
    expect(towns.series[2].data).toEqual([1, 1])
    const deputies = chartOption('deputies', d, t, LIGHT, false) as { series: { data: number[] }[] }
    expect(deputies.series[1].data).toEqual([1, 7, 32])
  })
  it('knows an empty year', () => {
    expect(isEmptyDashboard(d)).toBe(false)
    const empty = structuredClone(d)
    empty.figures.opinions.received = 0
    empty.figures.deputies.total = 0
    empty.figures.openWarnings.total = 0
    empty.figures.coverage.organization.total = 0
    empty.monthly.opinionsReceived = Array(12).fill(0)
    empty.monthly.meetingsHeld = Array(12).fill(0)
    expect(isEmptyDashboard(empty)).toBe(true)
  })
})
