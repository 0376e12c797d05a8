// Shapes of server/modules/opinions (README.md), and the small pure helpers the views share.
import type { Page } from '@/shared/types'

export const CATEGORIES = ['roads', 'water', 'schools', 'environment', 'epidemic', 'social_security', 'housing', 'other'] as const
export const RATINGS = ['satisfied', 'basic', 'unsatisfied'] as const
export const STATES = ['registered', 'classified', 'referred', 'replied', 'closed', 'archived', 'converted', 'merged', 'split'] as const
export type Rating = (typeof RATINGS)[number]

export interface Options {
  categories: string[]
  towns: string[]
  workstations: { id: number; name: string; town: string }[]
  /** Photos a voter may add to a new opinion, and the size limit of each (KB). */
  photoMax?: number
  photoMaxKb?: number
}

export interface SubmitInput {
  category: string
  town: string
  place: string
  content: string
  contactName: string
  contactPhone: string
}

export interface Submitted {
  refNo: string
  queryCode: string
  receivedOn: string
  deadline: string
  id?: number
}

export interface VoterView {
  refNo: string
  state: string
  category: string
  town: string
  content: string
  receivedOn: string
  deadline: string | null
  assignee: string | null
  reply: string
  repliedOn: string | null
  rating: Rating | null
  reopened: number
  canRate: boolean
  /** The parts a split opinion became, followed with the same code. */
  parts: VoterPart[]
  steps: { action: string; to: string; at: number }[]
}

export interface VoterPart {
  refNo: string
  state: string
  content: string
  assignee: string | null
  deadline: string | null
  reply: string
  repliedOn: string | null
  rating: Rating | null
}

export interface PublicItem {
  refNo: string
  category: string
  town: string
  receivedOn: string
  repliedOn: string
  closedAt: number
  summary: string
  reply: string
  rating: Rating | ''
}

export interface OpinionRow {
  id: number
  refNo: string
  state: string
  title: string
  assignee: string
  deadline: string | null
  overdue: boolean
  reopened: number
  satisfaction: Rating | null
  channel: string
  category: string
  town: string
  place: string
  receivedOn: string
  contactMasked: string
  workstation: string
}

export interface CaseEvent {
  seq: number
  action: string
  from: string
  to: string
  actor: string
  note: string
  deadline: string | null
  at: number
}

export interface Photo {
  id: number
  name: string
}

export interface Opinion extends Omit<OpinionRow, 'assignee' | 'workstation'> {
  assignee: { kind: string; id: number | null; name: string }
  actions: string[]
  content: string
  hasContact: boolean
  workstation: { id: number; name: string } | null
  receivedBy: string | null
  followupBy: string | null
  followupPersonId: number | null
  handling: string | null
  complex: boolean
  reply: string
  repliedOn: string | null
  rating: Rating | null
  publicSummary: string
  parentId: number | null
  mergedInto: number | null
  children: { id: number; refNo: string; state: string }[]
  suggestion: { id: number; refNo: string } | null
  events: CaseEvent[]
  photos: Photo[]
}

export type OpinionPage = Page<OpinionRow> & { today: string }

export interface RecordInput extends SubmitInput {
  channel: 'reception' | 'phone'
  workstationId: number | null
  receivedOn: string
}

export interface SuggestionRow {
  id: number
  refNo: string
  state: string
  title: string
  assignee: string
  deadline: string | null
  overdue: boolean
  category: string
  submittedOn: string
  rating: Rating | null
  deputy: string
}

export interface Suggestion {
  id: number
  refNo: string
  state: string
  title: string
  assignee: { kind: string; id: number | null; name: string }
  deadline: string | null
  overdue: boolean
  actions: string[]
  deputy: string
  category: string
  content: string
  reply: string
  rating: Rating | null
  submittedOn: string
  events: CaseEvent[]
}

export interface Department {
  id: number
  name: string
  kind: string
  active: boolean
  users: number
  userIds: number[]
}

/** An account of role department that can answer for a department. */
export interface DepartmentAccount {
  id: number
  username: string
  displayName: string
}

export interface CalendarDay {
  day: string
  kind: 'holiday' | 'workday'
  name: string
}

/** What the voter types, tidied as the server will read it: upper case, no spaces or dashes. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '')
}

/** A stable id for this browser, sent as X-Device-Id so the server can limit a flood. */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): string {
  const key = 'md_device'
  let id = storage.getItem(key)
  if (!id) {
    id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
    storage.setItem(key, id)
  }
  return id
}

/** The dialogs a case action opens (an action without one is a plain confirmation). */
export function dialogOf(action: string): string {
  if (action === 'answer_on_spot' || action === 'classify' || action === 'to_suggestion') return 'classify'
  if (action === 'rate' || action === 'reopen') return 'rate'
  if (action === 'assign_deputy') return 'deputy'
  return action
}

/** A serving deputy as the follow-up select offers them (GET /api/deputies). */
export interface DeputyOption {
  personId: number
  name: string
  workstation: { id: number; name: string } | null
}
