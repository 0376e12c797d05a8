// The leaders' dashboard (GET /api/reports/dashboard): counts and ratios for one year.
// Ratios come as permille integers (‰), null when nothing was due; money in fen.

export interface Ratio {
  permille: number | null
}
export interface Coverage extends Ratio {
  covered: number
  total: number
}
export interface TownOpinions {
  town: string
  received: number
  closed: number
  overdue: number
}
export interface LevelDeputies {
  level: string
  total: number
  party: number
}

export interface DashboardFigures {
  coverage: { organization: Coverage; work: Coverage }
  meetingCompliance: Ratio & { required: number; held: number }
  attendance: Ratio & { expected: number; present: number }
  duesCollection: Ratio & { dueFen: number; paidFen: number }
  openWarnings: { yellow: number; red: number; review: number; total: number }
  rectification: Ratio & { total: number; done: number; overdue: number }
  opinions: { received: number; closed: number; overdue: number; byTown: TownOpinions[] }
  satisfaction: Ratio & { rated: number; satisfied: number; basic: number; unsatisfied: number }
  learningHours: { members: number; minutes: number; perMemberMinutes: number | null }
  deputies: { total: number; party: number; byLevel: LevelDeputies[] }
  workstations: { count: number; deputies: number; partyDeputies: number }
}

export interface Dashboard {
  year: number
  asOf: string
  /** Unix seconds at which the server computed these figures (kept for a minute). */
  updatedAt?: number
  figures: DashboardFigures
  monthly: { opinionsReceived: number[]; opinionsClosed: number[]; meetingsHeld: number[] }
}

/** "87.5%" from 875‰; an em dash when there was nothing to measure. */
export function permilleText(permille: number | null | undefined): string {
  if (permille == null) return '\u2014'
  return `${(permille / 10).toFixed(1).replace(/\.0$/, '')}%`
}

/** Hours with one decimal from minutes ("12.5"); an em dash when unknown. */
export function hoursText(minutes: number | null | undefined): string {
  if (minutes == null) return '\u2014'
  return (Math.round(minutes / 6) / 10).toFixed(1).replace(/\.0$/, '')
}

/** Nothing to show: no opinions, no deputies, no meetings, no warnings in the year. */
export function isEmptyDashboard(d: Dashboard): boolean {
  const f = d.figures
  const monthly = [...d.monthly.opinionsReceived, ...d.monthly.meetingsHeld].some((n) => n > 0)
  return !monthly && f.opinions.received === 0 && f.deputies.total === 0 && f.openWarnings.total === 0 && f.coverage.organization.total === 0
}

/** First and last day of a month, for the meetings list's from/to filter. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const mm = String(month).padStart(2, '0')
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` }
}

// Drill-down: a click on a chart element opens the list behind it with the matching filters.
export type ChartKey = 'towns' | 'deputies' | 'monthly' | 'satisfaction' | 'warnings'

/** What the chart click handler gets from ECharts (the parts used here). */
export interface ChartClick {
  seriesId?: string
  name?: string
  dataIndex?: number
  data?: unknown
}

/** Where a click leads: a list path and its filters. */
export interface DrillTarget {
  path: string
  query?: Record<string, string>
}

export function drillTarget(chart: ChartKey, click: ChartClick, d: Dashboard): DrillTarget | null {
  const f = d.figures
  const i = click.dataIndex ?? -1
  switch (chart) {
    case 'towns': {
      const row = f.opinions.byTown[i]
      if (!row) return null
      if (click.seriesId === 'overdue') return { path: '/opinions', query: { town: row.town, overdue: '1' } }
      if (click.seriesId === 'closed') return { path: '/opinions', query: { town: row.town, state: 'closed' } }
      return { path: '/opinions', query: { town: row.town } }
    }
    case 'deputies': {
      const row = f.deputies.byLevel[i]
      if (!row) return null
      const party = click.seriesId === 'party' ? '1' : click.seriesId === 'nonParty' ? '0' : undefined
      return { path: '/deputies', query: party ? { level: row.level, party } : { level: row.level } }
    }
    case 'monthly': {
      if (i < 0 || i > 11) return null
      if (click.seriesId === 'meetings') return { path: '/meetings', query: monthRange(d.year, i + 1) }
      return { path: '/opinions' }
    }
    case 'warnings': {
      const color = (click.data as { id?: string } | undefined)?.id
      return color ? { path: '/warnings', query: { color } } : null
    }
    case 'satisfaction':
      return { path: '/opinions', query: { state: 'closed' } }
  }
  return null
}

/** Permission each drill-down target needs, so a click never leads to a page the user may not open. */
export const TARGET_PERMISSION: Record<string, string> = {
  '/opinions': 'opinions.read',
  '/deputies': 'deputies.read',
  '/meetings': 'orglife.read',
  '/warnings': 'warnings.read',
  '/rectification': 'rectification.read',
  '/coverage': 'deputies.read',
  '/compliance': 'orglife.read',
}
