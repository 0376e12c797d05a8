// The shapes of server/modules/rectification's answers.
export type Source = 'patrol' | 'audit' | 'self' | 'superior' | 'satisfaction'
export type Status = 'not_started' | 'in_progress' | 'done' | 'ongoing' | 'overdue'
export type State = 'not_started' | 'in_progress' | 'completed' | 'ongoing' | 'verified'
export type Action = 'start' | 'complete' | 'persist' | 'verify' | 'reject' | 'reopen' | 'edit'

export const SOURCES: Source[] = ['patrol', 'audit', 'self', 'superior', 'satisfaction']
export const STATUSES: Status[] = ['not_started', 'in_progress', 'done', 'ongoing', 'overdue']
/** The steps the item page offers as buttons (edit has its own form). */
export const STEP_ACTIONS: Action[] = ['start', 'complete', 'persist', 'verify', 'reject', 'reopen']
/** Steps whose note is required by the server. */
export const NOTE_REQUIRED: Action[] = ['complete', 'persist', 'reject', 'reopen']

export interface ItemRow {
  id: number
  refNo: string
  source: Source
  problem: string
  category: string
  orgUnitId: number
  unitName: string
  personName: string
  measures: string
  startOn: string
  deadline: string
  state: State
  status: Status
  completionNote: string
  verified: boolean
}

export interface Evidence {
  id: number
  name: string
  contentType: string
  size: number
  createdAt: number
  uploadedBy: string
}

export interface Report {
  id: number
  reportOn: string
  text: string
  byName: string
}

export interface CaseEvent {
  seq: number
  action: string
  from: string
  to: string
  actor: string
  note: string
  at: number
}

export interface Item extends ItemRow {
  sourceRef: string | null
  evidenceRequired: boolean
  completedByName: string
  completedOn: string | null
  verifiedByName: string
  verifiedOn: string | null
  verifyNote: string
  actions: Action[]
  events: CaseEvent[]
  evidence: Evidence[]
  reports: Report[]
  links: ItemRow[]
}

export interface ItemInput {
  source?: Source
  problem: string
  category: string
  orgUnitId: number
  personName: string
  measures: string
  startOn: string
  deadline: string
  evidenceRequired: boolean
}

export interface Tally {
  total: number
  not_started: number
  in_progress: number
  done: number
  ongoing: number
  overdue: number
  completionPermille: number
}

export interface Progress {
  today: string
  overall: Tally
  bySource: (Tally & { source: Source })[]
  byUnit: (Tally & { orgUnitId: number; unitName: string })[]
  overdueItems: ItemRow[]
}

export interface IntakeResult {
  findings: number
  projects: number
  created: number[]
}

/** "66.7%" from permille. */
export function percent(permille: number): string {
  return `${(permille / 10).toFixed(1)}%`
}

/** Element Plus tag type of a status: overdue stands out. */
export function statusTag(status: Status): 'danger' | 'success' | 'primary' | 'info' | 'warning' {
  if (status === 'overdue') return 'danger'
  if (status === 'done') return 'success'
  if (status === 'in_progress') return 'primary'
  if (status === 'ongoing') return 'warning'
  return 'info'
}
