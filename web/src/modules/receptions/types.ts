// server/modules/receptions/README.md, field for field.
import type { Page } from '@/shared/types'

export type ReceptionStatus = 'planned' | 'held' | 'cancelled'

export interface DeputyRef {
  personId: number
  name: string
}

export interface Reception {
  id: number
  workstationId: number
  workstation: string
  town: string
  address: string
  day: string
  startsAt: string
  endsAt: string
  place: string
  topic: string
  status: ReceptionStatus
  noticeDate: string
  cancelReason: string
  visitors: number | null
  summary: string
  deputies: DeputyRef[]
}

export interface ReceptionInput {
  workstationId: number | null
  day: string
  startsAt: string
  endsAt: string
  place: string
  topic: string
  deputyIds: number[]
}

export interface PublicReception {
  id: number
  workstation: string
  town: string
  address: string
  day: string
  startsAt: string
  endsAt: string
  place: string
  topic: string
  deputies: string[]
}

export interface PublicReceptions {
  today: string
  noticeDays: number
  items: PublicReception[]
}

export interface MyReceptions {
  hasPerson: boolean
  today: string
  items: Reception[]
}

export interface DutySummaryRow {
  personId: number
  name: string
  workstation: string | null
  held: number
  belowMinimum: boolean
}

export interface DutySummary {
  year: number
  minimum: number
  deputies: number
  belowMinimum: number
  people: DutySummaryRow[]
}

export type GuidanceKind = 'exchange' | 'document' | 'work_record'

export interface AttachmentRef {
  id: number
  name: string
  contentType?: string
  size?: number
}

export interface GuidanceRecord {
  id: number
  town: string
  year: number
  kind: GuidanceKind
  half: 'first' | 'second' | null
  title: string
  heldOn: string | null
  content: string
  attachments?: AttachmentRef[]
}

export interface GuidanceInput {
  town: string
  year: number
  kind: GuidanceKind
  half: 'first' | 'second' | null
  title: string
  heldOn: string | null
  content: string
}

export interface DutyCounts {
  meetings: number
  receptions: number
  contacts: number
  votes: number
  opinions: number
  suggestions: number
  entries: number
}

export const COUNT_KEYS: (keyof DutyCounts)[] = ['meetings', 'receptions', 'contacts', 'votes', 'opinions', 'suggestions', 'entries']

export interface DutyEntry {
  id: number
  date: string
  kind: string
  description: string
  attachments: AttachmentRef[]
}

export interface DutyRecord {
  hasPerson?: boolean
  personId: number
  name: string
  year: number
  roles: { level: string; term: number; constituency: string; workstation: string | null }[]
  counts: DutyCounts
  meetings: { id: number; date: string; title: string; type: string }[]
  receptions: { id: number; day: string; startsAt: string; endsAt: string; workstation: string; visitors: number | null }[]
  contacts: { id: number; date: string; way: string; with: string }[]
  votes: { id: number; title: string }[]
  entries: DutyEntry[]
}

export interface DutyRecordRow {
  personId: number
  name: string
  counts: DutyCounts
}

export type DutyRecordList = Page<DutyRecordRow> & { year: number }

export const ENTRY_KINDS = ['epidemic', 'inspection', 'research', 'training', 'service', 'other'] as const

/** "YYYY-MM-DD" of today plus `days`, in China time (UTC+8). */
export function chinaDay(days = 0, now = Date.now()): string {
  return new Date(now + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10)
}

/** "09:00–11:30". */
export function timeRange(r: { startsAt: string; endsAt: string }): string {
  return `${r.startsAt}–${r.endsAt}`
}
