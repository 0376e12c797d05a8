// Democratic evaluation of members (R4.1): the shapes of server/modules/evaluation/README.md.

export type EvaluationStatus = 'draft' | 'self' | 'ballot' | 'scoring' | 'notice' | 'final'
export type Grade = 'excellent' | 'qualified' | 'basic' | 'unqualified'
export type Outcome = 'commendation' | 'help_plan' | 'disposal' | 'none'

export const STATUSES: EvaluationStatus[] = ['draft', 'self', 'ballot', 'scoring', 'notice', 'final']
export const GRADES: Grade[] = ['excellent', 'qualified', 'basic', 'unqualified']

export interface Item {
  position: number
  title: string
  description: string
  weight: number
}

export interface ItemInput {
  title: string
  description?: string
  weight: number
}

export interface PeerCounts {
  excellent: number
  qualified: number
  basic: number
  unqualified: number
  abstained: number
  cast: number
}

export interface Campaign {
  id: number
  orgUnitId: number
  orgUnitName: string
  year: number
  title: string
  status: EvaluationStatus
  voteId: number | null
  noticeFrom: string | null
  noticeTo: string | null
  scrutineerUserIds: number[]
  createdAt: number
  updatedAt: number
  finalizedAt: number | null
}

export interface CampaignRow extends Campaign {
  memberCount: number
  gradedCount: number
  selfSubmittedCount: number
  excellentCount: number
  unqualifiedCount: number
}

export interface Member {
  personId: number
  name: string
  probationary: boolean
  selfSubmitted: boolean
  selfSubmittedAt: number | null
  selfAssessment?: string
  peer: PeerCounts | null
  reviewFlag: boolean
  scores: (number | null)[]
  scoreTotal: number | null
  proposedGrade: Grade | null
  finalGrade: Grade | null
  outcome: Outcome | null
  outcomeNote: string
}

export interface CampaignDetail extends Campaign {
  items: Item[]
  members: Member[]
  summary: {
    members: number
    graded: number
    probationary: number
    selfSubmitted: number
    reviewFlags: number
    proposed: number
    proposedExcellent: number
    finalExcellent: number
    excellentCap: number
  }
  excellentShare: { numerator: number; denominator: number }
  vote: { id: number; status: string; keyMode?: string; eligible?: number; cast?: number; certified?: boolean } | null
  nextStatus: EvaluationStatus | ''
}

export interface Template {
  orgUnitId: number
  own: boolean
  items: Item[]
}

export interface NoticeList {
  id: number
  title: string
  year: number
  orgUnitId: number
  orgUnitName: string
  status: EvaluationStatus
  preview: boolean
  noticeFrom: string | null
  noticeTo: string | null
  people: { personId: number; name: string; probationary: boolean; grade: Grade | null; outcome: Outcome | null }[]
  totals: Record<Grade, number>
  probationary: number
}

export interface MyCampaign {
  id: number
  title: string
  year: number
  orgUnitName: string
  status: EvaluationStatus
  noticeFrom: string | null
  noticeTo: string | null
  voteId: number | null
  ballotOpen: boolean
  canEditSelf: boolean
  noticePublic: boolean
  probationary: boolean
  selfAssessment: string
  selfSubmittedAt: number | null
  items: Item[]
  finalGrade: Grade | null
  outcome: Outcome | null
  outcomeNote: string | null
  scores?: (number | null)[]
}

export interface MyEvaluation {
  hasPerson: boolean
  personId?: number
  campaigns: MyCampaign[]
}

/** The transition route of each step that has a next one ('' after final). */
export const STEP_ACTION: Record<EvaluationStatus, string> = {
  draft: 'start',
  self: 'ballot',
  ballot: 'scoring',
  scoring: 'notice',
  notice: 'finalize',
  final: '',
}

/** The el-steps index of a status. */
export function stepIndex(status: EvaluationStatus): number {
  return STATUSES.indexOf(status)
}

/** The weights' sum of an item list (the server wants exactly 100). */
export function weightSum(items: { weight: number }[]): number {
  return items.reduce((s, i) => s + (Number.isFinite(i.weight) ? i.weight : 0), 0)
}

/** floor(graded × n / d): the most members that may be rated excellent (1/3: 12 → 4, 14 → 4). */
export function excellentCap(graded: number, n = 1, d = 3): number {
  if (graded <= 0 || n <= 0 || d <= 0) return 0
  return Math.floor((graded * n) / d)
}

/** A member's score total when every item is scored, else null. */
export function scoreTotal(scores: (number | null)[]): number | null {
  if (!scores.length || scores.some((s) => s == null)) return null
  return scores.reduce<number>((a, s) => a + (s ?? 0), 0)
}

/** The 不合格 share of a member's ballots as a whole percent (0 without ballots). */
export function unqualifiedPercent(p: PeerCounts | null): number {
  if (!p || !p.cast) return 0
  return Math.round((p.unqualified * 100) / p.cast)
}

/** Today in China (UTC+8), "YYYY-MM-DD". */
export function chinaToday(now = Date.now()): string {
  return new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 10)
}
