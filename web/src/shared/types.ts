// Shapes shared by several modules, as documented in docs/API.md.

export type Lang = 'zh-CN' | 'en'

export interface OrgUnitRef {
  id: number
  name: string
}

export interface Me {
  id: number
  username: string
  displayName: string
  roles: string[]
  permissions: string[]
  orgUnit: OrgUnitRef | null
  /** The organization's name from the general settings (page header, printouts). */
  organizationName?: string
  mustChangePassword: boolean
  totpEnabled: boolean
  totpRequired: boolean
  lang: Lang
  unreadMessages: number
  idleTimeoutSeconds: number
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export type SortOrder = 'asc' | 'desc'

export interface Role {
  code: string
  name: string
}

export interface OrgUnit {
  id: number
  parentId: number | null
  name: string
  kind: string
}
