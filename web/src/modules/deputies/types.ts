import type { OrgUnitRef } from '@/shared/types'

export const LEVELS = ['province', 'city', 'district', 'town'] as const
export type Level = (typeof LEVELS)[number]

export const CONTACT_WAYS = ['visit', 'phone', 'meeting', 'wechat', 'other'] as const
export type ContactWay = (typeof CONTACT_WAYS)[number]

export interface PersonRef {
  personId: number
  name: string
}

export interface Deputy {
  id: number
  personId: number
  name: string
  gender: 'M' | 'F'
  level: Level
  term: number
  constituency: string
  partyMember: boolean
  politicalStatus: string
  workstation: OrgUnitRef | null
  unit: string
}

export interface DeputySummary {
  byLevel: Record<Level, number>
  total: number
  partyMembers: number
  workstations: number
}

export interface Workstation {
  id: number
  name: string
  town: string
  address: string
  contactName: string
  contactPhone: string
  deputyCount: number
  partyMemberCount: number
}

export type WorkstationInput = Pick<Workstation, 'name' | 'town' | 'address' | 'contactName' | 'contactPhone'>

export interface CoverageFigure {
  covered: number
  total: number
  /** 0–1 (a percentage above 1 is accepted too). */
  rate: number
  missing: PersonRef[]
}

export interface Coverage {
  organizational: CoverageFigure
  work: CoverageFigure
}

export interface Liaison {
  id: number
  partyDeputy: PersonRef
  nonPartyDeputy: PersonRef
  assignedOn: string
  lastContactOn: string | null
  overdue: boolean
  endedOn?: string | null
}

export interface ContactLog {
  id: number
  contactedOn: string
  way: ContactWay | string
  content: string
  followUp?: string
  recordedBy?: string | number | null
  recordedAt?: number
}

export interface ContactInput {
  contactedOn: string
  way: ContactWay
  content: string
  followUp?: string
}

/** GET /api/deputies/{id}: the deputy card. Field names beyond the contract's words are read tolerantly. */
export interface DeputyCard {
  id: number
  personId?: number
  name?: string
  level?: Level
  term?: number
  constituency?: string
  partyMember?: boolean
  politicalStatus?: string
  unit?: string
  workstation?: (OrgUnitRef & { address?: string; town?: string }) | null
  person?: {
    id?: number
    name?: string
    gender?: 'M' | 'F'
    ethnicity?: string
    birthDate?: string
    phone?: string | null
    idCard?: string
    politicalStatus?: string
    unit?: string
    post?: string
  }
  roles?: Array<{ id: number; level: Level; term: number; constituency?: string; workstation?: OrgUnitRef | null; startedOn?: string; endedOn?: string | null }>
  deputyRoles?: DeputyCard['roles']
  liaisons?: Liaison[]
  contacts?: Array<ContactLog & { liaisonId?: number; with?: string }>
  recentContacts?: DeputyCard['contacts']
}

/** Coverage rate as a 0–100 percentage with one decimal, whatever scale the server uses. */
export function ratePercent(f: Pick<CoverageFigure, 'rate' | 'covered' | 'total'> | null | undefined): number {
  if (!f) return 0
  let r = typeof f.rate === 'number' && Number.isFinite(f.rate) ? f.rate : f.total ? f.covered / f.total : 0
  if (r <= 1) r *= 100
  return Math.round(Math.min(100, Math.max(0, r)) * 10) / 10
}

/** Liaisons the page lists are ordered: overdue first, then the longest without contact. */
export function liaisonOrder(a: Liaison, b: Liaison): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1
  return (a.lastContactOn ?? '').localeCompare(b.lastContactOn ?? '')
}

/** Deputies may hold several levels; the pickers list each person once. */
export function uniqueByPerson<T extends { personId: number }>(rows: T[]): T[] {
  const seen = new Set<number>()
  return rows.filter((r) => (seen.has(r.personId) ? false : (seen.add(r.personId), true)))
}

/**
 * On "my liaisons" the signed-in deputy is one side of every pair, but Me carries no person
 * id: the side that stays the same across all pairs is "me", the other one is shown.
 * A party-member deputy (the usual case) sees the non-party deputies they look after.
 */
export function counterpartSide(rows: Pick<Liaison, 'partyDeputy' | 'nonPartyDeputy'>[]): 'nonParty' | 'party' {
  if (rows.length < 2) return 'nonParty'
  const sameParty = rows.every((r) => r.partyDeputy.personId === rows[0].partyDeputy.personId)
  const sameNonParty = rows.every((r) => r.nonPartyDeputy.personId === rows[0].nonPartyDeputy.personId)
  return sameNonParty && !sameParty ? 'party' : 'nonParty'
}
