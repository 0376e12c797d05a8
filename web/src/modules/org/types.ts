import type { OrgUnitRef } from '@/shared/types'

export const UNIT_KINDS = ['party_group', 'branch', 'functional_branch', 'group', 'town_congress', 'street_committee'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export interface TreeUnit {
  id: number
  parentId: number | null
  name: string
  kind: UnitKind | string
  retired: boolean
  memberCount: number
  committee?: OrgUnitRef | null
}

export interface Officer {
  personId: number
  name: string
  role: string
}

export interface UnitMember {
  personId: number
  name: string
  role: string
  isPrimary: boolean
  startedOn?: string
  politicalStatus?: string
}

export interface UnitHistory {
  action: string
  oldName: string | null
  newName: string | null
  oldParentId: number | null
  newParentId: number | null
  /** Unix seconds. */
  changedAt: number | string
  /** A user name or id, as the server sends it. */
  changedBy: string | number | null
}

export interface UnitDetail {
  unit: TreeUnit
  officers: Officer[]
  members: UnitMember[]
  history: UnitHistory[]
}

export interface Committee {
  id: number
  name: string
  kind: string
  branch: OrgUnitRef | null
}

/** Tag colour per kind, so the tree reads at a glance. */
export const KIND_TAG: Record<string, 'danger' | 'warning' | 'success' | 'info' | 'primary'> = {
  party_group: 'danger',
  branch: 'primary',
  functional_branch: 'warning',
  group: 'info',
  town_congress: 'success',
  street_committee: 'success',
}

/** Which kinds may sit under a unit of the given kind (the first one is the default). */
export function childKinds(parentKind: string | null): UnitKind[] {
  switch (parentKind) {
    case null:
      return ['party_group', 'town_congress', 'street_committee']
    case 'party_group':
      return ['branch', 'functional_branch', 'town_congress', 'street_committee']
    case 'branch':
    case 'functional_branch':
      return ['group', 'functional_branch']
    default:
      return ['group']
  }
}
