export interface AuditEntry {
  id: number
  /** Event time, unix seconds. */
  ts: number
  username: string | null
  ip: string | null
  action: string
  objectType?: string | null
  objectId?: string | number | null
  result: 'ok' | 'fail'
  detail?: string | null
  before?: unknown
  after?: unknown
  hash?: string
}

export interface ChainCheck {
  ok: boolean
  checked: number
  firstBrokenId: number | null
}

export function objectLabel(e: AuditEntry): string {
  if (!e.objectType) return e.objectId != null ? String(e.objectId) : ''
  return e.objectId != null && e.objectId !== '' ? `${e.objectType}#${e.objectId}` : e.objectType
}

export interface DiffRow {
  field: string
  before: string
  after: string
  changed: boolean
}

/** Strings holding JSON are parsed first, so both server styles read the same. */
function parse(value: unknown): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/** One readable cell: scalars as they are, absent values empty, anything else as compact JSON. */
export function cellText(v: unknown): string {
  if (v === undefined || v === null) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return JSON.stringify(v)
}

/**
 * Before/after as rows of (field, before, after): the union of both objects' keys in first-seen
 * order. Non-object values become a single row with an empty field name.
 */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const b = parse(before)
  const a = parse(after)
  if ((b === null || b === undefined || b === '') && (a === null || a === undefined || a === '')) return []
  if ((isRecord(b) || b == null) && (isRecord(a) || a == null)) {
    const bo = (b ?? {}) as Record<string, unknown>
    const ao = (a ?? {}) as Record<string, unknown>
    const keys = [...new Set([...Object.keys(bo), ...Object.keys(ao)])]
    return keys.map((field) => {
      const bt = cellText(bo[field])
      const at = cellText(ao[field])
      return { field, before: bt, after: at, changed: bt !== at }
    })
  }
  const bt = cellText(b)
  const at = cellText(a)
  return [{ field: '', before: bt, after: at, changed: bt !== at }]
}
