import type { ChartKey, Dashboard } from './types'

// ECharts options for the dashboard's five charts, shared by the in-app page (light) and the
// big screen (dark). Plain objects: no ECharts import here, so this file stays testable and light.

type Translate = (key: string, named?: Record<string, unknown>) => string

export interface ChartTheme {
  text: string
  axis: string
  split: string
  fontSize: number
  palette: { received: string; closed: string; overdue: string; party: string; nonParty: string; meetings: string }
  satisfaction: [string, string, string]
  warnings: { yellow: string; red: string; review: string }
}

export const LIGHT: ChartTheme = {
  text: '#2e3138',
  axis: '#8a8f99',
  split: '#e6e8eb',
  fontSize: 13,
  palette: { received: '#3a6fd8', closed: '#2e9d5b', overdue: '#b3131a', party: '#b3131a', nonParty: '#9aa5b8', meetings: '#d9822b' },
  satisfaction: ['#2e9d5b', '#e6a23c', '#b3131a'],
  warnings: { yellow: '#e6b422', red: '#c8161d', review: '#7a5af8' },
}

export const DARK: ChartTheme = {
  text: '#d6e4ff',
  axis: '#5b7bb5',
  split: 'rgba(91,123,181,0.25)',
  fontSize: 18,
  palette: { received: '#3ba0ff', closed: '#36d39a', overdue: '#ff5b5b', party: '#ff6b5b', nonParty: '#5fb3ff', meetings: '#ffc53d' },
  satisfaction: ['#36d39a', '#ffc53d', '#ff5b5b'],
  warnings: { yellow: '#ffd43b', red: '#ff4d4f', review: '#b37feb' },
}

function axes(theme: ChartTheme) {
  const label = { color: theme.text, fontSize: theme.fontSize }
  return {
    axisLabel: label,
    axisLine: { lineStyle: { color: theme.axis } },
    splitLine: { lineStyle: { color: theme.split } },
  }
}

function legend(theme: ChartTheme) {
  return { top: 0, textStyle: { color: theme.text, fontSize: theme.fontSize } }
}

export function chartOption(key: ChartKey, d: Dashboard, t: Translate, theme: ChartTheme, animate: boolean): Record<string, unknown> {
  const f = d.figures
  const base = { animation: animate, tooltip: { trigger: key === 'satisfaction' || key === 'warnings' ? 'item' : 'axis' } }
  const grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true }
  const a = axes(theme)
  switch (key) {
    case 'towns':
      return {
        ...base,
        legend: legend(theme),
        grid,
        xAxis: { type: 'category', data: f.opinions.byTown.map((r) => r.town), ...a, axisLabel: { ...a.axisLabel, interval: 0 } },
        yAxis: { type: 'value', minInterval: 1, ...a },
        // Closed and overdue stack into "received"'s neighbour: open = received − closed.
        series: [
          { id: 'received', name: t('dashboard.series.received'), type: 'bar', data: f.opinions.byTown.map((r) => r.received), itemStyle: { color: theme.palette.received } },
          { id: 'closed', name: t('dashboard.series.closed'), type: 'bar', stack: 'state', data: f.opinions.byTown.map((r) => r.closed), itemStyle: { color: theme.palette.closed } },
          { id: 'overdue', name: t('dashboard.series.overdue'), type: 'bar', stack: 'state', data: f.opinions.byTown.map((r) => r.overdue), itemStyle: { color: theme.palette.overdue } },
        ],
      }
    case 'deputies':
      return {
        ...base,
        legend: legend(theme),
        grid,
        xAxis: { type: 'category', data: f.deputies.byLevel.map((r) => t(`deputies.level.${r.level}`)), ...a },
        yAxis: { type: 'value', minInterval: 1, ...a },
        series: [
          { id: 'party', name: t('dashboard.series.party'), type: 'bar', stack: 'deputies', data: f.deputies.byLevel.map((r) => r.party), itemStyle: { color: theme.palette.party } },
          { id: 'nonParty', name: t('dashboard.series.nonParty'), type: 'bar', stack: 'deputies', data: f.deputies.byLevel.map((r) => r.total - r.party), itemStyle: { color: theme.palette.nonParty } },
        ],
      }
    case 'monthly':
      return {
        ...base,
        legend: legend(theme),
        grid,
        xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, i) => t('dashboard.monthShort', { m: i + 1 })), ...a },
        yAxis: { type: 'value', minInterval: 1, ...a },
        series: [
          { id: 'received', name: t('dashboard.series.received'), type: 'line', smooth: 0.3, smoothMonotone: 'x', data: d.monthly.opinionsReceived, itemStyle: { color: theme.palette.received } },
          { id: 'closed', name: t('dashboard.series.closed'), type: 'line', smooth: 0.3, smoothMonotone: 'x', data: d.monthly.opinionsClosed, itemStyle: { color: theme.palette.closed } },
          { id: 'meetings', name: t('dashboard.series.meetings'), type: 'line', smooth: 0.3, smoothMonotone: 'x', data: d.monthly.meetingsHeld, itemStyle: { color: theme.palette.meetings } },
        ],
      }
    case 'satisfaction': {
      const s = f.satisfaction
      return {
        ...base,
        legend: { ...legend(theme), top: 'bottom' },
        series: [
          {
            id: 'satisfaction',
            type: 'pie',
            radius: ['38%', '68%'],
            center: ['50%', '45%'],
            label: { color: theme.text, fontSize: theme.fontSize, formatter: '{b}: {c}' },
            data: [
              { id: 'satisfied', name: t('dashboard.rating.satisfied'), value: s.satisfied, itemStyle: { color: theme.satisfaction[0] } },
              { id: 'basic', name: t('dashboard.rating.basic'), value: s.basic, itemStyle: { color: theme.satisfaction[1] } },
              { id: 'unsatisfied', name: t('dashboard.rating.unsatisfied'), value: s.unsatisfied, itemStyle: { color: theme.satisfaction[2] } },
            ],
          },
        ],
      }
    }
    case 'warnings': {
      const w = f.openWarnings
      return {
        ...base,
        legend: { ...legend(theme), top: 'bottom' },
        series: [
          {
            id: 'warnings',
            type: 'pie',
            radius: '66%',
            center: ['50%', '45%'],
            label: { color: theme.text, fontSize: theme.fontSize, formatter: '{b}: {c}' },
            data: (['yellow', 'red', 'review'] as const).map((c) => ({ id: c, name: t(`dashboard.warning.${c}`), value: w[c], itemStyle: { color: theme.warnings[c] } })),
          },
        ],
      }
    }
  }
}

/** The charts in display order, with their title keys. */
export const CHARTS: { key: ChartKey; title: string }[] = [
  { key: 'towns', title: 'dashboard.chart.towns' },
  { key: 'monthly', title: 'dashboard.chart.monthly' },
  { key: 'deputies', title: 'dashboard.chart.deputies' },
  { key: 'satisfaction', title: 'dashboard.chart.satisfaction' },
  { key: 'warnings', title: 'dashboard.chart.warnings' },
]
