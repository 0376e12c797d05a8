// Warning cards (R4.2): the wire shapes of server/modules/warnings and small pure helpers.

export type Criterion = 'orglife' | 'dues' | 'evaluation' | 'manual'
export type CardLevel = 'yellow' | 'red' | 'review'
export type CardStatus = 'active' | 'lift_proposed' | 'lifted' | 'superseded'
export type MonthFact = 'kept' | 'missed' | 'excused'
export const CRITERIA: Criterion[] = ['orglife', 'dues', 'evaluation', 'manual']
export const LEVELS: CardLevel[] = ['yellow', 'red', 'review']
export const STATUSES: CardStatus[] = ['active', 'lift_proposed', 'lifted', 'superseded']

/** One piece of evidence: a missed meeting, an unpaid month, or an evaluation campaign. */
export interface Evidence {
  meetingId?: number
  date?: string
  title?: string
  type?: string
  month?: string
  dueFen?: number
  campaignId?: number
  year?: number
  grade?: string
}

export interface WarningCard {
  id: number
  personId: number
  name: string
  unit: string
  criterion: Criterion
  level: CardLevel
  consecutiveMonths: number
  reason: string
  evidence: Evidence[]
  campaignId: number | null
  issuedOn: string
  issuedAt: number
  issuedBy: string | null
  byEngine: boolean
  status: CardStatus
  acknowledgedAt: number | null
  liftProposedAt: number | null
  liftedAt: number | null
  liftedBy: string | null
  liftNote: string
  supersededBy: number | null
}

export interface WarningList {
  items: WarningCard[]
  total: number
  page: number
  pageSize: number
}

export interface Run {
  count: number
  level: CardLevel | 'none'
  months: { month: string; fact: MonthFact }[]
  evidence: Evidence[]
}

export interface CardPage {
  personId: number
  name: string
  lastMonth: string
  thresholds: { yellow: number; red: number; review: number }
  runs: { orglife: Run; dues: Run }
  cards: WarningCard[]
}

export interface MyWarnings extends Partial<CardPage> {
  hasPerson: boolean
  cards: WarningCard[]
}

export interface EvaluateResult {
  lastMonth: string
  members: number
  issued: number
  escalated: number
  proposed: number
  reactivated: number
}

export interface ManualCardInput {
  personId: number
  level: CardLevel
  reason: string
}

/** Element Plus tag type of a card level: yellow → warning, red and review → danger. */
export function levelTagType(level: CardLevel | 'none'): 'warning' | 'danger' | 'info' {
  if (level === 'yellow') return 'warning'
  if (level === 'red' || level === 'review') return 'danger'
  return 'info'
}

/** A card an officer may still lift (not lifted, not replaced by a higher card). */
export function canLift(card: Pick<WarningCard, 'status'>): boolean {
  return card.status === 'active' || card.status === 'lift_proposed'
}

/** A card its member may still acknowledge. */
export function canAcknowledge(card: Pick<WarningCard, 'status' | 'acknowledgedAt'>): boolean {
  return card.acknowledgedAt === null && canLift(card)
}
