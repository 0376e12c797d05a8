// Shapes of server/modules/enterprises/README.md.

export type PartyStatus = 'built' | 'joint' | 'none'
export const PARTY_STATUSES: PartyStatus[] = ['built', 'joint', 'none']
export type Help = 'epidemic' | 'return_to_work' | 'party_building' | 'policy' | 'other'
export const HELPS: Help[] = ['epidemic', 'return_to_work', 'party_building', 'policy', 'other']

export interface Visit {
  id: number
  enterpriseId: number
  enterprise: string
  visitedOn: string
  instructorPersonId: number | null
  instructor: string | null
  help: Help
  content: string
  helpGiven: string
}

export interface Enterprise {
  id: number
  name: string
  creditCode: string
  address: string
  industry: string
  employees: number
  partyMembers: number
  ownOrganization: boolean
  jointWith: string
  partyStatus: PartyStatus
  shouldFoundOwn: boolean
  instructorPersonId: number | null
  instructor: string | null
  pledgedOn: string | null
  pledgeMissing: boolean
  visits: number
  lastVisit: string | null
  note: string
  visitLog?: Visit[]
}

export interface EnterpriseInput {
  name: string
  creditCode: string
  address: string
  industry: string
  employees: number
  partyMembers: number
  ownOrganization: boolean
  jointWith: string
  instructorPersonId: number | null
  note: string
}

export interface Instructor {
  personId: number
  name: string
  unit: string
  enterprises: number
  visits: number
  pledgedOn: string | null
  pledgeMissing: boolean
}

/** The party status the server will derive (rules.hpp party_status), shown while typing. */
export function partyStatus(ownOrganization: boolean, jointWith: string): PartyStatus {
  if (ownOrganization) return 'built'
  return jointWith.trim() ? 'joint' : 'none'
}

/** Element Plus tag type of a status. */
export function statusTag(s: PartyStatus): 'success' | 'warning' | 'danger' {
  return s === 'built' ? 'success' : s === 'joint' ? 'warning' : 'danger'
}
