export interface AuditEntry {
  id: number
  /** Event time; older server drafts call it createdAt. */
  at?: string
  createdAt?: string
  username: string | null
  ip: string | null
  action: string
  objectType?: string | null
  objectId?: string | number | null
  result: 'ok' | 'fail'
  detail?: string | null
  before?: unknown
  after?: unknown
}

export interface ChainCheck {
  ok: boolean
  checked: number
  firstBrokenId: number | null
}

export function entryTime(e: AuditEntry): string {
  return e.at ?? e.createdAt ?? ''
}

export function objectLabel(e: AuditEntry): string {
  if (!e.objectType) return e.objectId != null ? String(e.objectId) : ''
  return e.objectId != null && e.objectId !== '' ? `${e.objectType}#${e.objectId}` : e.objectType
}

/** Pretty JSON for the before/after panes; strings that hold JSON are parsed first. */
export function prettyJson(value: unknown): string {
  if (value === undefined || value === null || value === '') return ''
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2)
    } catch {
      return value
    }
  }
  return JSON.stringify(value, null, 2)
}
