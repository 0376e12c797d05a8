// Shapes of server/modules/orglife/README.md (the REST contract), the constants the pages
// list, and the small pure rules the pages apply before asking the server (China-time
// date-times, reasons by status, counts, the compliance grid layout).

export const MEETING_TYPES = ['branch_assembly', 'committee', 'group', 'lecture', 'theme_day', 'life_meeting', 'village_lecture', 'exchange'] as const
export type MeetingType = (typeof MEETING_TYPES)[number]

/** Types whose resolutions are voted (rules.hpp votes_resolutions). */
export const VOTING_TYPES: readonly MeetingType[] = ['branch_assembly', 'committee']
export const votesResolutions = (type: string) => (VOTING_TYPES as readonly string[]).includes(type)

export const MEETING_STATUSES = ['planned', 'closed'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const
export type CorrectionStatus = (typeof ATTENDANCE_STATUSES)[number]
export type AttendanceStatus = CorrectionStatus | 'pending'

/** 病假, 事假, 公差, 无故缺席. */
export const ABSENCE_REASONS = ['sick', 'personal', 'official', 'unexcused'] as const
/** Not counted in 应到: 重病, 出国（境）, 停止党籍, 被羁押, 卧床, 外出半年以上, 流动党员. */
export const EXCUSE_REASONS = ['illness', 'abroad', 'suspended', 'detained', 'bedridden', 'away6m', 'mobile'] as const
/** Absences with leave (请假), as opposed to 无故缺席. */
export const LEAVE_REASONS = ['sick', 'personal', 'official'] as const

export type SigninMethod = 'qr' | 'code' | 'officer'

export const PERIODS = ['month', 'quarter', 'year'] as const
export type Period = (typeof PERIODS)[number]

export const CELL_STATES = ['done', 'due', 'overdue', 'future'] as const
export type CellState = (typeof CELL_STATES)[number]

/** Branch-like units a meeting belongs to (the org tree's kinds). */
export const MEETING_UNIT_KINDS = ['branch', 'functional_branch', 'group'] as const

export interface Meeting {
  id: number
  orgUnitId: number
  orgUnitName: string
  type: MeetingType
  sessionNo: number
  title: string
  /** Unix seconds. */
  startsAt: number
  endsAt: number
  /** YYYY-MM-DD, China time. */
  date?: string
  place: string
  host: string
  recorder: string
  village?: string
  status: MeetingStatus
  lateEntry: boolean
  expected: number
  present: number
  absent: number
  excused: number
  /** present / expected, permille. */
  attendanceRate?: number | null
  closedAt?: number | null
}

export interface Minutes {
  topics: string
  speeches: string
  resolutions: string
  yes: number | null
  no: number | null
  abstain: number | null
  votingExpected: number
  votingPresent: number
  /** null for types that do not vote. */
  quorum: boolean | null
  /** null until votes are recorded. */
  passed: boolean | null
}

export interface Attendance {
  personId: number
  name: string
  status: AttendanceStatus
  reason: string
  voting: boolean
  signedInAt: number | null
  method: SigninMethod | null
  correctedBy: string | null
  correctionReason: string
}

export interface AttachmentRef {
  id: number
  name: string
  size: number
  contentType: string
  createdAt?: number
  uploadedBy?: string
}

export interface MeetingDetail extends Meeting {
  minutes: Minutes
  attendance: Attendance[]
  attachments?: AttachmentRef[]
}

export interface MeetingInput {
  orgUnitId: number
  type: MeetingType
  title: string
  startsAt: number
  endsAt: number
  place: string
  host: string
  recorder: string
  village: string
  topics: string
}

export interface MeetingUpdate extends Omit<MeetingInput, 'orgUnitId' | 'type'> {
  speeches: string
  resolutions: string
  yes: number | null
  no: number | null
  abstain: number | null
}

export interface SigninCode {
  meetingId?: number
  code: string
  token: string
  expiresAt: number
  url: string
}

export interface SigninResult {
  meetingId: number
  title: string
  signedInAt: number
  method?: SigninMethod
}

export interface MyMeeting {
  id: number
  title: string
  type: MeetingType
  orgUnitName: string
  startsAt: number
  endsAt: number
  place: string
  meetingStatus: MeetingStatus
  status: AttendanceStatus
  reason: string
  signedInAt: number | null
  canSignIn: boolean
}

export interface MissedMeeting {
  meetingId: number
  title: string
  type: MeetingType
  date: string
  reason: string
}

export interface MyMissed {
  monthsWithout: number
  missed: MissedMeeting[]
}

export interface ComplianceCell {
  label: string
  held: number
  state: CellState
}

export interface ComplianceItem {
  type: MeetingType
  period: Period
  required: number
  cells: ComplianceCell[]
}

export interface ComplianceBranch {
  orgUnitId: number
  name: string
  kind?: string
  items: ComplianceItem[]
}

export interface Compliance {
  year: number
  today?: string
  branches: ComplianceBranch[]
  done?: number
  overdue?: number
}

export interface RhythmItem {
  type: MeetingType
  period: Period
  required: number
}

export interface Rhythm {
  orgUnitId: number
  items: RhythmItem[]
}

// ---------------------------------------------------------------------------------------
// Pure helpers

const CST_OFFSET_S = 8 * 3600

/** "2026-03-05 15:00" (China time, as the date-time picker gives it) → unix seconds; null if malformed. */
export function cstToUnix(text: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec((text ?? '').trim())
  if (!m) return null
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number)
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null
  const ms = Date.UTC(y, mo - 1, d, h, mi, s)
  const back = new Date(ms)
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return null
  return ms / 1000 - CST_OFFSET_S
}

/** Unix seconds → "2026-03-05 15:00" in China time (the picker's value format). */
export function unixToCst(sec: number | null | undefined): string {
  if (sec === null || sec === undefined || !Number.isFinite(sec)) return ''
  const d = new Date((sec + CST_OFFSET_S) * 1000)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

/** "HH:mm" of unix seconds in China time. */
export function cstClock(sec: number | null | undefined): string {
  return unixToCst(sec).slice(11)
}

/** The reasons an officer may pick for a corrected status. */
export function reasonsFor(status: AttendanceStatus): readonly string[] {
  if (status === 'absent') return ABSENCE_REASONS
  if (status === 'excused') return EXCUSE_REASONS
  return []
}

/** The locale key of a reason code, whichever list it belongs to; '' for none. */
export function reasonKey(reason: string | null | undefined): string {
  if (!reason) return ''
  if ((ABSENCE_REASONS as readonly string[]).includes(reason)) return `orglife.absence.${reason}`
  if ((EXCUSE_REASONS as readonly string[]).includes(reason)) return `orglife.excuse.${reason}`
  return ''
}

/** Overriding what the member recorded themselves (QR or code) needs a stated reason. */
export function needsCorrectionReason(a: Pick<Attendance, 'signedInAt' | 'method'>): boolean {
  return a.signedInAt !== null && a.signedInAt !== undefined && !!a.method && a.method !== 'officer'
}

export interface AttendanceCounts {
  expected: number
  present: number
  absent: number
  /** Absent with leave (病假, 事假, 公差). */
  leave: number
  /** 无故缺席. */
  unexcused: number
  /** Not counted in 应到. */
  excused: number
  pending: number
}

/** The counts of an attendance list (应到 excludes the excused). */
export function countAttendance(rows: Array<Pick<Attendance, 'status' | 'reason'>>): AttendanceCounts {
  const c: AttendanceCounts = { expected: 0, present: 0, absent: 0, leave: 0, unexcused: 0, excused: 0, pending: 0 }
  for (const r of rows) {
    if (r.status === 'excused') {
      c.excused++
      continue
    }
    c.expected++
    if (r.status === 'present') c.present++
    else if (r.status === 'pending') c.pending++
    else if (r.status === 'absent') {
      c.absent++
      if ((LEAVE_REASONS as readonly string[]).includes(r.reason)) c.leave++
      else c.unexcused++
    }
  }
  return c
}

/** Permille → "87.5%"; "—" for a missing rate. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—'
  return `${(rate / 10).toFixed(1)}%`
}

/** Yes votes a resolution needs: more than half of the voting members expected. */
export function passMark(votingExpected: number): number {
  return Math.floor(Math.max(0, votingExpected) / 2) + 1
}

/** Vote counts must be whole, not negative, and together not exceed the voting members present. */
export function voteProblem(yes: number | null, no: number | null, abstain: number | null, votingPresent: number): 'negative' | 'exceed' | null {
  if (yes === null) return no || abstain ? 'negative' : null
  const all = [yes, no ?? 0, abstain ?? 0]
  if (all.some((v) => !Number.isInteger(v) || v < 0)) return 'negative'
  return all.reduce((s, v) => s + v, 0) > votingPresent ? 'exceed' : null
}

/** Columns of the compliance grid: 12 months; a quarter cell spans 3, a year cell 12. */
export function periodSpan(period: Period): number {
  return period === 'year' ? 12 : period === 'quarter' ? 3 : 1
}

/** "2026-03" → {month: 3}; "2026Q2" → {quarter: 2}; "2026" → {year: 2026}. */
export function parseLabel(label: string): { month?: number; quarter?: number; year?: number } {
  let m = /^\d{4}-(\d{2})$/.exec(label)
  if (m) return { month: Number(m[1]) }
  m = /^\d{4}Q([1-4])$/.exec(label)
  if (m) return { quarter: Number(m[1]) }
  m = /^(\d{4})$/.exec(label)
  if (m) return { year: Number(m[1]) }
  return {}
}

export interface ComplianceTotals {
  done: number
  due: number
  overdue: number
  future: number
}

export function complianceTotals(branches: ComplianceBranch[]): ComplianceTotals {
  const t: ComplianceTotals = { done: 0, due: 0, overdue: 0, future: 0 }
  for (const b of branches) for (const it of b.items) for (const c of it.cells) if (c.state in t) t[c.state]++
  return t
}

/** Bytes → "12.3 KB". */
export function formatSize(bytes: number | null | undefined): string {
  if (!bytes || bytes < 0) return '0 B'
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** A six-digit sign-in code as typed on a phone: digits only, at most 6. */
export function cleanCode(text: string): string {
  return (text ?? '').replace(/\D/g, '').slice(0, 6)
}

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'
export const MEETING_STATUS_TAG: Record<MeetingStatus, TagType> = { planned: 'warning', closed: 'success' }
export const ATTENDANCE_TAG: Record<AttendanceStatus, TagType> = { present: 'success', absent: 'danger', excused: 'info', pending: 'warning' }

/** The rules' default rhythm (rules.hpp default_rhythm), offered by "restore defaults". */
export const DEFAULT_RHYTHM: RhythmItem[] = [
  { type: 'branch_assembly', period: 'quarter', required: 1 },
  { type: 'committee', period: 'month', required: 1 },
  { type: 'group', period: 'month', required: 1 },
  { type: 'lecture', period: 'quarter', required: 1 },
  { type: 'theme_day', period: 'month', required: 1 },
  { type: 'life_meeting', period: 'year', required: 1 },
]

/** First and last day (YYYY-MM-DD) of a period label: "2026-02", "2026Q4" or "2026". */
export function labelBounds(label: string): [string, string] | null {
  const p = (n: number) => String(n).padStart(2, '0')
  const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
  let m = /^(\d{4})-(\d{2})$/.exec(label)
  if (m) {
    const y = Number(m[1])
    const mo = Number(m[2])
    if (mo < 1 || mo > 12) return null
    return [`${y}-${p(mo)}-01`, `${y}-${p(mo)}-${p(last(y, mo))}`]
  }
  m = /^(\d{4})Q([1-4])$/.exec(label)
  if (m) {
    const y = Number(m[1])
    const q = Number(m[2])
    return [`${y}-${p(q * 3 - 2)}-01`, `${y}-${p(q * 3)}-${p(last(y, q * 3))}`]
  }
  m = /^(\d{4})$/.exec(label)
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`]
  return null
}

/** What is wrong with a rhythm before it is sent: nothing, a repeated type, or a bad count. */
export function rhythmProblem(items: Array<{ type: string; period: string; required: number | null | undefined }>): 'empty' | 'repeated' | 'required' | 'incomplete' | null {
  if (!items.length) return 'empty'
  if (items.some((i) => !i.type || !i.period)) return 'incomplete'
  if (new Set(items.map((i) => i.type)).size !== items.length) return 'repeated'
  if (items.some((i) => !Number.isInteger(i.required) || (i.required as number) < 1 || (i.required as number) > 31)) return 'required'
  return null
}
