import { formatBigNumber } from '@/shared/format'
import { hoursText, permilleText, type Dashboard } from './types'

type Translate = (key: string, named?: Record<string, unknown>) => string

export interface Kpi {
  key: string
  /** i18n key of the card title. */
  title: string
  value: string
  /** Small print under the value (the counts behind a ratio). */
  detail: string
  /** A ratio below this (‰) is shown as a warning. */
  warn?: boolean
  /** The list behind the card. */
  to?: string
}

/** The KPI cards, in display order. */
export function kpis(d: Dashboard, t: Translate, lang: string): Kpi[] {
  const f = d.figures
  const n = (v: number) => formatBigNumber(v, lang)
  const low = (p: number | null) => p != null && p < 800
  return [
    {
      key: 'coverageOrganization',
      title: 'dashboard.kpi.coverageOrganization',
      value: permilleText(f.coverage.organization.permille),
      detail: t('dashboard.kpi.coveredOf', { covered: n(f.coverage.organization.covered), total: n(f.coverage.organization.total) }),
      warn: low(f.coverage.organization.permille),
      to: '/coverage',
    },
    {
      key: 'coverageWork',
      title: 'dashboard.kpi.coverageWork',
      value: permilleText(f.coverage.work.permille),
      detail: t('dashboard.kpi.coveredOf', { covered: n(f.coverage.work.covered), total: n(f.coverage.work.total) }),
      warn: low(f.coverage.work.permille),
      to: '/coverage',
    },
    {
      key: 'meetingCompliance',
      title: 'dashboard.kpi.meetingCompliance',
      value: permilleText(f.meetingCompliance.permille),
      detail: t('dashboard.kpi.heldOf', { held: n(f.meetingCompliance.held), required: n(f.meetingCompliance.required) }),
      warn: low(f.meetingCompliance.permille),
      to: '/compliance',
    },
    {
      key: 'attendance',
      title: 'dashboard.kpi.attendance',
      value: permilleText(f.attendance.permille),
      detail: t('dashboard.kpi.presentOf', { present: n(f.attendance.present), expected: n(f.attendance.expected) }),
      warn: low(f.attendance.permille),
      to: '/meetings',
    },
    {
      key: 'duesCollection',
      title: 'dashboard.kpi.duesCollection',
      value: permilleText(f.duesCollection.permille),
      detail: t('dashboard.kpi.paidOf', { paid: n(f.duesCollection.paidFen / 100), due: n(f.duesCollection.dueFen / 100) }),
      warn: low(f.duesCollection.permille),
    },
    {
      key: 'openWarnings',
      title: 'dashboard.kpi.openWarnings',
      value: n(f.openWarnings.total),
      detail: t('dashboard.kpi.warningsDetail', { yellow: f.openWarnings.yellow, red: f.openWarnings.red, review: f.openWarnings.review }),
      warn: f.openWarnings.red > 0,
      to: '/warnings',
    },
    {
      key: 'rectification',
      title: 'dashboard.kpi.rectification',
      value: permilleText(f.rectification.permille),
      detail: t('dashboard.kpi.rectificationDetail', { done: n(f.rectification.done), total: n(f.rectification.total), overdue: n(f.rectification.overdue) }),
      warn: f.rectification.overdue > 0,
      to: f.rectification.overdue > 0 ? '/rectification?state=overdue' : '/rectification',
    },
    {
      key: 'satisfaction',
      title: 'dashboard.kpi.satisfaction',
      value: permilleText(f.satisfaction.permille),
      detail: t('dashboard.kpi.ratedOf', { rated: n(f.satisfaction.rated) }),
      warn: low(f.satisfaction.permille),
      to: '/opinions',
    },
    {
      key: 'learningHours',
      title: 'dashboard.kpi.learningHours',
      value: hoursText(f.learningHours.perMemberMinutes),
      detail: t('dashboard.kpi.learningDetail', { members: n(f.learningHours.members), hours: n(Math.round(f.learningHours.minutes / 60)) }),
    },
  ]
}

/** Headline counts (opinions, deputies, workstations) shown above the charts. */
export function headline(d: Dashboard, t: Translate, lang: string): { key: string; label: string; value: string }[] {
  const f = d.figures
  const n = (v: number) => formatBigNumber(v, lang)
  return [
    { key: 'opinionsReceived', label: t('dashboard.head.opinionsReceived'), value: n(f.opinions.received) },
    { key: 'opinionsClosed', label: t('dashboard.head.opinionsClosed'), value: n(f.opinions.closed) },
    { key: 'opinionsOverdue', label: t('dashboard.head.opinionsOverdue'), value: n(f.opinions.overdue) },
    { key: 'deputies', label: t('dashboard.head.deputies'), value: n(f.deputies.total) },
    { key: 'partyDeputies', label: t('dashboard.head.partyDeputies'), value: n(f.deputies.party) },
    { key: 'workstations', label: t('dashboard.head.workstations'), value: n(f.workstations.count) },
  ]
}
