import type { OrgUnitRef } from '@/shared/types'

/** Account state stored by the server; a temporary sign-in lock is the separate `locked` flag. */
export type UserStatus = 'active' | 'disabled'
/** What the list shows and filters by: stored state, or "locked" while a sign-in lock runs. */
export type UserState = 'active' | 'locked' | 'disabled'

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
  /** Temporarily locked after too many failed sign-ins. */
  locked?: boolean
  mustChangePassword?: boolean
  totpEnabled?: boolean
  /** Unix seconds. */
  createdAt: number
  lastLoginAt: number | null
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

export const USER_STATUSES: UserState[] = ['active', 'locked', 'disabled']

/** Disabled wins over a sign-in lock: an administrator's decision outlasts the timer. */
export function userState(u: Pick<User, 'status' | 'locked'>): UserState {
  if (u.status === 'disabled') return 'disabled'
  return u.locked ? 'locked' : 'active'
}
