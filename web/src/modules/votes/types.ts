// Shapes of server/modules/votes/README.md (the REST contract), the constants the pages
// list, and the small pure rules the pages apply before asking the server (money in fen,
// quarter labels, paper-entry sums, the steps of a vote).

export const PROJECT_STATUSES = ['collected', 'shortlisted', 'chosen', 'reserve', 'withdrawn'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

export const PROJECT_SOURCES = ['government', 'deputy', 'public'] as const
export type ProjectSource = (typeof PROJECT_SOURCES)[number]

export const GRADES = ['satisfied', 'basically', 'unsatisfied'] as const
export type Grade = (typeof GRADES)[number]

export const PROGRESS_KINDS = ['update', 'inspection'] as const
export type ProgressKind = (typeof PROGRESS_KINDS)[number]

export interface Satisfaction {
  grade: Grade
  /** Permille: (满意 + 基本满意) / valid ballots. */
  rate: number | null
}

export interface Project {
  id: number
  year: number
  body: string
  title: string
  description: string
  department: string
  budgetFen: number
  /** "YYYY-MM-DD". */
  plannedCompletion: string | null
  source: ProjectSource
  proposer: string
  status: ProjectStatus
  latestProgress: { quarter: string; percent: number } | null
  satisfaction: Satisfaction | null
  rectificationDue: string | null
  rectificationNote: string | null
}

export interface ProjectInput {
  year: number
  body: string
  title: string
  description: string
  department: string
  budgetFen: number
  plannedCompletion: string
  source: ProjectSource
  proposer: string
}

export interface ProgressEntry {
  id: number
  quarter: string
  percent: number
  kind: ProgressKind
  note: string
  recordedBy: string | number | null
  /** Unix seconds. */
  recordedAt: number
}

export interface ProgressInput {
  quarter: string
  percent: number
  kind: ProgressKind
  note: string
}

export interface ProjectVoteRef {
  voteId: number
  title: string
  kind: VoteKind
  status?: VoteStatus
  outcome: Outcome | null
}

export interface ProjectDetail extends Project {
  progress: ProgressEntry[]
  votes: ProjectVoteRef[]
}

/** The status actions of the project library; `chosen` is set only by a certified vote. */
export const STATUS_ACTIONS = ['shortlisted', 'reserve', 'withdrawn', 'collected'] as const
export type StatusAction = (typeof STATUS_ACTIONS)[number]

/** Status actions offered for a project in `status` (the server checks again). */
export function statusActions(status: ProjectStatus): StatusAction[] {
  switch (status) {
    case 'collected':
      return ['shortlisted', 'reserve', 'withdrawn']
    case 'shortlisted':
      return ['reserve', 'withdrawn', 'collected']
    case 'reserve':
      return ['shortlisted', 'withdrawn', 'collected']
    case 'withdrawn':
      return ['collected']
    default:
      return []
  }
}

// ---------------------------------------------------------------------------------------
// Votes

export const VOTE_KINDS = ['projects', 'satisfaction'] as const
/** The console sets up projects and satisfaction votes; evaluation = a branch's peer ballot. */
export type VoteKind = (typeof VOTE_KINDS)[number] | 'evaluation'

export const VOTE_FORMS = ['options3', 'pick'] as const
/** grades: 优秀/合格/基本合格/不合格/弃权 per member (peer ballots only). */
export type VoteForm = (typeof VOTE_FORMS)[number] | 'grades'

export const KEY_MODES = ['scrutineers', 'server'] as const
export type KeyMode = (typeof KEY_MODES)[number]

export const VOTE_STATUSES = ['setup', 'ready', 'open', 'closed', 'certified'] as const
export type VoteStatus = (typeof VOTE_STATUSES)[number]

export const LEVELS = ['province', 'city', 'district', 'town'] as const
export type Level = (typeof LEVELS)[number]

export const CHANNELS = ['none', 'electronic', 'paper'] as const
export type ChannelFilter = (typeof CHANNELS)[number]
export type Channel = 'electronic' | 'paper'

export const PROJECT_OUTCOMES = ['chosen', 'passed_no_seat', 'tie', 'failed'] as const
/** A satisfaction rating without a quorum (≤ half of all members took part) grades nothing. */
export type Outcome = (typeof PROJECT_OUTCOMES)[number] | Grade | 'no_quorum'

export interface VoteSummary {
  id: number
  uid: string
  title: string
  kind: VoteKind
  year: number
  form: VoteForm
  keyMode: KeyMode
  status: VoteStatus
  eligible: number
  electronic: number
  paper: number
  openedAt: number | null
  closedAt: number | null
  certifiedAt: number | null
}

export interface VoteQuestion {
  index: number
  projectId: number
  title: string
  department: string
  budgetFen: number
}

export interface Trustee {
  index: number
  userId: number
  name: string
  hasKey: boolean
  hasPartial: boolean
}

export interface VoteMe {
  trusteeIndex: number | null
  teller: boolean
  eligible: boolean
  channel: Channel | null
}

export interface VoteDetail extends VoteSummary {
  maxPicks: number
  seats: number
  publicKey: string | null
  questions: VoteQuestion[]
  trustees: Trustee[]
  tellers: Array<{ userId: number; name: string }>
  me: VoteMe
  /** Paper ballots in agreed batches so far. */
  paperEntered?: number
  result: VoteResult | null
}

export interface VoteInput {
  title: string
  kind: VoteKind
  year: number
  form: VoteForm
  maxPicks: number
  seats: number
  keyMode: KeyMode
  level: Level
  projectIds: number[]
  scrutineerUserIds: number[]
  tellerUserIds: number[]
}

export interface VoteProgress {
  id: number
  title: string
  status: VoteStatus
  keyMode: KeyMode
  eligible: number
  electronic: number
  paper: number
  paperEntered: number
}

export interface ResultQuestion {
  index: number
  title: string
  counts: number[]
  /** Option counts of the phone ballots (a plain number on older servers). */
  electronic: number[] | number
  paper: number[] | number
  outcome: Outcome
  /** Satisfaction votes: (满意 + 基本满意) / valid ballots, permille. */
  rate?: number | null
}

export interface VoteResult {
  title: string
  kind: VoteKind
  form: VoteForm
  seats: number
  eligible: number
  electronic: number
  paper: number
  questions: ResultQuestion[]
  /** More than half of all members took part (false: a satisfaction rating grades nothing). */
  quorum?: boolean
  outcomeNote?: string
  scrutineers: string[]
  certifiedAt: number | null
  boardHead: string
  seal: string
}

export interface RosterRow {
  personId: number
  name: string
  channel: Channel | null
}

export const BATCH_STATUSES = ['waiting', 'mismatch', 'agreed'] as const
export type BatchStatus = (typeof BATCH_STATUSES)[number]

export interface PaperEntry {
  teller: string | number
  ballots: number
  counts: number[][]
}

export interface PaperDifference {
  /** null (or -1) for the batch's ballot count. */
  question: number | null
  option: number | null
  first: number
  second: number
}

export interface PaperBatch {
  number: number
  status: BatchStatus
  entries: PaperEntry[]
  differences: PaperDifference[]
}

export interface UserRef {
  id: number
  username: string
  displayName: string
}

// ---------------------------------------------------------------------------------------
// Pure helpers

/** Budget typed in 元 (up to two decimals) → integer fen, without float noise (0.29 → 29). */
export function yuanToFen(yuan: number | null | undefined): number {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return 0
  return Math.round(yuan * 100)
}

export function fenToYuan(fen: number | null | undefined): number {
  return fen ? fen / 100 : 0
}

const yuanFormat = typeof Intl !== 'undefined' ? new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : null

/** "1,234,567.89" (元) from fen. */
export function formatYuan(fen: number | null | undefined): string {
  const v = fenToYuan(fen)
  return yuanFormat ? yuanFormat.format(v) : v.toFixed(2)
}

/** "2026Q3" for year 2000–2100 and quarter 1–4 (rules.hpp is_quarter). */
export function isQuarter(q: string): boolean {
  const m = /^(\d{4})Q([1-4])$/.exec(q)
  return !!m && Number(m[1]) >= 2000 && Number(m[1]) <= 2100
}

export function splitQuarter(q: string): { year: number; quarter: number } | null {
  const m = /^(\d{4})Q([1-4])$/.exec(q)
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null
}

/** The quarter of an instant in China time (UTC+8), e.g. "2026Q3". */
export function quarterOf(ms: number): string {
  const d = new Date(ms + 8 * 3600 * 1000)
  return `${d.getUTCFullYear()}Q${Math.floor(d.getUTCMonth() / 3) + 1}`
}

/** Quarters a progress update of a `year` project can name: that year and the next. */
export function quarterOptions(year: number): string[] {
  const out: string[] = []
  for (const y of [year, year + 1]) for (let q = 1; q <= 4; q++) out.push(`${y}Q${q}`)
  return out
}

/** A completion percentage clamped to what a progress bar shows (0–100). */
export function clampPercent(p: number | null | undefined): number {
  return typeof p === 'number' && Number.isFinite(p) ? Math.min(100, Math.max(0, Math.round(p))) : 0
}

/** Permille → "87.5%"; empty for a missing rate. */
export function formatPermille(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return ''
  return `${(rate / 10).toFixed(1)}%`
}

/** Index of the active el-steps step: 设置 → 生成密钥 → 投票 → 解密 → 公布 (5 = all done). */
export function stepIndex(status: VoteStatus): number {
  return { setup: 1, ready: 2, open: 2, closed: 3, certified: 5 }[status] ?? 0
}

export const isDeletable = (status: VoteStatus) => status === 'setup' || status === 'ready'

/** Options a question of this vote has (3 for options3, 5 for grades, 1 count per candidate for pick). */
export const optionCount = (form: VoteForm) => (form === 'pick' ? 1 : form === 'grades' ? 5 : 3)

/** The locale key of option `i` of a vote: yes/no/abstain, 满意/基本满意/不满意, or 得票. */
export function optionKey(kind: VoteKind, form: VoteForm, i: number): string {
  if (form === 'pick') return 'votes.option.pick'
  if (form === 'grades') return `votes.option.grades.${i}`
  return kind === 'satisfaction' ? `votes.option.satisfaction.${i}` : `votes.option.projects.${i}`
}

export type PaperProblem =
  | { code: 'ballots' }
  | { code: 'negative'; question: number }
  | { code: 'sum'; question: number; sum: number }
  | { code: 'overCandidate'; question: number }
  | { code: 'overPicks'; total: number; limit: number }

/**
 * What is wrong with a paper entry before it is sent (rules.hpp check_paper_entry): counts
 * must be whole and ≥ 0; for options3 each question's counts add up to the ballots; for
 * pick no candidate has more marks than ballots and all marks ≤ ballots × maxPicks.
 */
export function checkPaperEntry(ballots: number | null | undefined, counts: Array<Array<number | null | undefined>>, form: VoteForm, maxPicks: number): PaperProblem[] {
  const problems: PaperProblem[] = []
  const whole = (v: number | null | undefined) => typeof v === 'number' && Number.isInteger(v) && v >= 0
  if (!whole(ballots) || !ballots) return [{ code: 'ballots' }]
  let total = 0
  counts.forEach((row, q) => {
    if (!row.every(whole)) {
      problems.push({ code: 'negative', question: q })
      return
    }
    const sum = row.reduce<number>((s, v) => s + (v ?? 0), 0)
    total += sum
    if (form === 'options3' && sum !== ballots) problems.push({ code: 'sum', question: q, sum })
    if (form === 'pick' && sum > ballots) problems.push({ code: 'overCandidate', question: q })
  })
  if (form === 'pick' && total > ballots * Math.max(1, maxPicks)) problems.push({ code: 'overPicks', total, limit: ballots * Math.max(1, maxPicks) })
  return problems
}

/** A split count (electronic / paper) of one option, whatever shape the server sends. */
export function splitAt(v: number[] | number | null | undefined, i: number): number | null {
  if (Array.isArray(v)) return v[i] ?? 0
  return typeof v === 'number' && i === 0 ? v : null
}

/** Sum of a split, for the servers that send per-option arrays. */
export function splitTotal(v: number[] | number | null | undefined): number {
  if (Array.isArray(v)) return v.reduce((s, x) => s + x, 0)
  return typeof v === 'number' ? v : 0
}

/** The batch difference's question as a 0-based index, or null for the ballot count. */
export function diffQuestion(d: PaperDifference): number | null {
  return d.question === null || d.question === undefined || d.question < 0 ? null : d.question
}

/** Tag colour of a status / outcome. */
type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'
export const PROJECT_STATUS_TAG: Record<ProjectStatus, TagType> = { collected: 'info', shortlisted: 'primary', chosen: 'success', reserve: 'warning', withdrawn: 'info' }
export const VOTE_STATUS_TAG: Record<VoteStatus, TagType> = { setup: 'info', ready: 'warning', open: 'success', closed: 'warning', certified: 'primary' }
export const BATCH_STATUS_TAG: Record<BatchStatus, TagType> = { waiting: 'info', mismatch: 'danger', agreed: 'success' }
export const OUTCOME_TAG: Record<string, TagType> = {
  chosen: 'success',
  passed_no_seat: 'warning',
  tie: 'danger',
  failed: 'info',
  satisfied: 'success',
  basically: 'warning',
  unsatisfied: 'danger',
  no_quorum: 'info',
}
