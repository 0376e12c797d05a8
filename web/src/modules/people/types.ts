import type { OrgUnitRef } from '@/shared/types'
import type { Gender } from './idcard'

export const POLITICAL_STATUSES = ['cpc_member', 'cpc_probationary', 'cyl_member', 'democratic_party', 'non_party', 'masses'] as const
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number]
/** 中共党员 and 预备党员: the only ones with a joined-Party date. */
export const PARTY_STATUSES: PoliticalStatus[] = ['cpc_member', 'cpc_probationary']

export const MEMBER_ROLES = ['secretary', 'deputy_secretary', 'organization', 'propaganda', 'discipline', 'member'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const GENDERS: Gender[] = ['M', 'F']

export interface Person {
  id: number
  name: string
  gender: Gender
  ethnicity: string
  /** YYYY-MM-DD */
  birthDate: string
  /** Masked by the server; the full number only through reveal. */
  idCard: string
  phone: string | null
  politicalStatus: PoliticalStatus
  joinedPartyOn: string | null
  unit: string
  post: string
  primaryUnit: OrgUnitRef | null
}

export interface Membership {
  id: number
  orgUnit: OrgUnitRef
  role: MemberRole | string
  isPrimary: boolean
  startedOn: string
  endedOn: string | null
}

export interface Transfer {
  id?: number
  fromUnit?: OrgUnitRef | null
  toUnit?: OrgUnitRef | null
  fromUnitId?: number | null
  toUnitId?: number
  transferredOn: string
  reason: string
}

export interface DeputyRole {
  id: number
  level: string
  term: number
  constituency?: string
  endedOn?: string | null
}

export interface PersonDetail extends Person {
  memberships: Membership[]
  transfers: Transfer[]
  deputyRoles: DeputyRole[]
}

export interface PersonInput {
  name: string
  gender: Gender
  ethnicity: string
  birthDate: string
  idCard?: string
  phone?: string
  politicalStatus: PoliticalStatus
  joinedPartyOn?: string | null
  unit?: string
  post?: string
  orgUnitId?: number | null
  role?: MemberRole
}
