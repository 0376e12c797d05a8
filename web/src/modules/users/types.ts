import type { OrgUnitRef } from '@/shared/types'

export type UserStatus = 'active' | 'locked' | 'disabled'

export interface User {
  id: number
  username: string
  displayName: string
  /** Masked by the server (138****5678); the full number only through reveal. */
  phone: string | null
  orgUnit?: OrgUnitRef | null
  orgUnitId?: number | null
  roles: string[]
  status: UserStatus
  createdAt: string
  lastLoginAt: string | null
}

export interface UserCreate {
  username: string
  displayName: string
  phone?: string
  orgUnitId?: number | null
  roles: string[]
}

export interface UserUpdate {
  displayName: string
  phone?: string
  orgUnitId?: number | null
}

export const USER_STATUSES: UserStatus[] = ['active', 'locked', 'disabled']
