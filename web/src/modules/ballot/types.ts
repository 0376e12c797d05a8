// Shapes of the votes API as seen by the deputy's phone, the scrutineer and the public pages
// (server/modules/votes/README.md), and the small pure helpers the views share.

// The vote's vocabulary is the staff module's; these pages only add their own shapes.
import type { Channel, KeyMode, Outcome, VoteForm, VoteKind, VoteStatus } from '@/modules/votes/types'
export type { Channel, KeyMode, Outcome, VoteForm, VoteKind, VoteStatus }

export interface MyVote {
  id: number
  title: string
  kind: VoteKind
  form: VoteForm
  status: VoteStatus
  keyMode: KeyMode
  hasVoted: boolean
  channel: Channel | null
}

export interface VoteQuestion {
  index: number
  projectId: number
  title: string
  department: string
  budgetFen: number | null
}

export interface VoteTrustee {
  index: number
  userId: number
  name: string
  hasKey: boolean
  hasPartial: boolean
  /** The registered public key share (once hasKey). */
  publicKey?: string | null
}

export interface VoteMe {
  trusteeIndex: number | null
  teller: boolean
  eligible: boolean
  channel: Channel | null
}

export interface VoteDetail {
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
  openedAt: number | string | null
  closedAt: number | string | null
  certifiedAt: number | string | null
  maxPicks: number | null
  seats: number | null
  publicKey: string | null
  questions: VoteQuestion[]
  trustees: VoteTrustee[]
  tellers: { userId: number; name: string }[]
  me: VoteMe | null
  result: unknown
}

export interface CastAnswer {
  receipt: string
  hash: string
  seq: number
}

export interface TrusteeVote {
  id: number
  title: string
  status: VoteStatus
  keyMode: KeyMode
  trusteeIndex: number
  hasKey: boolean
  hasPartial: boolean
}

export interface TallyItem {
  a: string
  b: string
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
  electronic: number[] | number | null
  paper: number[] | number | null
  outcome: Outcome | string
  /** Satisfaction rate in permille (satisfaction votes). */
  rate?: number | null
}

export interface VoteResult {
  title: string
  kind: VoteKind
  form: VoteForm
  seats: number | null
  eligible: number
  electronic: number
  paper: number
  questions: ResultQuestion[]
  outcomeNote?: string | null
  /** More than half of all eligible deputies took part. */
  quorum?: boolean
  scrutineers: string[]
  certifiedAt: number | string | null
  boardHead: string
  seal: string
}

export interface BoardEntry {
  seq: number
  alias: string
  hash: string
  chain: string
}

/** Option label keys (under ballot.option.*) in option order for a vote. */
export function optionKeys(kind: VoteKind, form: VoteForm): string[] {
  if (form === 'pick') return ['picked', 'notPicked']
  if (form === 'grades') return ['excellent', 'qualified', 'basic', 'unqualified', 'abstain']
  return kind === 'satisfaction' ? ['satisfied', 'basically', 'unsatisfied'] : ['yes', 'no', 'abstain']
}

/**
 * A receipt code as typed by a voter: dashes, spaces and case are forgiven.
 * Returns the 16–64 lowercase hex characters, or null when it cannot be one.
 */
export function normalizeReceipt(input: string): string | null {
  const hex = input.replace(/[\s\-–—_:]/g, '').toLowerCase()
  return /^[0-9a-f]{16,64}$/.test(hex) ? hex : null
}

/** '3f2a91c0…' → '3f2a-91c0-…' (groups of 4) for display. */
export function groupHex(hex: string, size = 4): string {
  return hex.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? ''
}

/** Budget in yuan with two decimals and thousands separators, from fen. */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return ''
  return (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

/** The highest option index of a question (options3 2, grades 4). */
const lastOption = (form: VoteForm) => (form === 'grades' ? 4 : 2)

/** True when every question has an answer (options3, grades) — pick ballots are always complete. */
export function allAnswered(form: VoteForm, choices: (number | null)[]): boolean {
  if (form === 'pick') return true
  return choices.length > 0 && choices.every((c) => c !== null && c >= 0 && c <= lastOption(form))
}

/** Toggles candidate `i` of a pick ballot; refuses (returns false) beyond `max` picks. */
export function togglePick(picks: boolean[], i: number, max: number): boolean {
  if (picks[i]) {
    picks[i] = false
    return true
  }
  if (picks.filter(Boolean).length >= max) return false
  picks[i] = true
  return true
}

/** Turnout (electronic + paper) in percent of the eligible roster, 0–100. */
export function turnoutPercent(p: { eligible: number; electronic: number; paper: number }): number {
  if (!p.eligible) return 0
  return Math.min(100, Math.round(((p.electronic + p.paper) * 1000) / p.eligible) / 10)
}

/** Permille → "87.5%". */
export function permille(v: number | null | undefined): string {
  if (v === null || v === undefined) return ''
  return `${(v / 10).toFixed(1)}%`
}

/** Tag colour of an outcome. */
export function outcomeType(o: string): 'success' | 'warning' | 'danger' | 'info' | 'primary' {
  switch (o) {
    case 'chosen':
    case 'satisfied':
      return 'success'
    case 'passed_no_seat':
    case 'basically':
      return 'primary'
    case 'tie':
      return 'warning'
    case 'failed':
    case 'unsatisfied':
      return 'danger'
    default:
      return 'info'
  }
}

/** Status tag colour. */
export function statusType(s: VoteStatus | string): 'success' | 'warning' | 'danger' | 'info' | 'primary' {
  switch (s) {
    case 'open':
      return 'success'
    case 'closed':
      return 'warning'
    case 'certified':
      return 'primary'
    default:
      return 'info'
  }
}

/**
 * The `choices` argument of encryptBallot: options3 → the option index per question;
 * pick → 1 or 0 per candidate.
 */
export function ballotChoices(form: VoteForm, choices: (number | null)[], picks: boolean[]): number[] {
  if (form === 'pick') return picks.map((p) => (p ? 1 : 0))
  return choices.map((c) => {
    if (c === null || c < 0 || c > lastOption(form)) throw new Error('unanswered question')
    return c
  })
}

/** Count columns of a result table (option keys under ballot.option.*). */
export function resultColumns(kind: VoteKind, form: VoteForm): string[] {
  return form === 'pick' ? ['votes'] : optionKeys(kind, form)
}

/** Votes needed to pass: more than half of all eligible deputies. */
export function passMark(eligible: number): number {
  return Math.floor(eligible / 2) + 1
}
