// For the few lists the server answers as a plain array (workstations, liaisons,
// committees): the same page / sort / filter behaviour as server lists, done in memory.
import type { Page, SortOrder } from './types'

/** Accepts either a plain array or the paged shape, so a server that pages later still works. */
export function asItems<T>(res: T[] | Page<T> | null | undefined): T[] {
  if (!res) return []
  return Array.isArray(res) ? res : (res.items ?? [])
}

const collator = typeof Intl !== 'undefined' ? new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true }) : null

/** Compares two cell values: numbers numerically, text in pinyin order; empty values last. */
export function compareValues(a: unknown, b: unknown): number {
  const ea = a === null || a === undefined || a === ''
  const eb = b === null || b === undefined || b === ''
  if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  const sa = String(a)
  const sb = String(b)
  return collator ? collator.compare(sa, sb) : sa < sb ? -1 : sa > sb ? 1 : 0
}

export function sortRows<T>(rows: T[], key: (row: T) => unknown, order: SortOrder | ''): T[] {
  if (!order) return rows
  const dir = order === 'desc' ? -1 : 1
  return [...rows].sort((x, y) => dir * compareValues(key(x), key(y)))
}

export function pageRows<T>(rows: T[], page: number, size: number): T[] {
  const start = Math.max(0, (page - 1) * size)
  return rows.slice(start, start + size)
}

/** Case-insensitive "contains" over several text fields. */
export function matchesText(q: string, ...fields: Array<string | null | undefined>): boolean {
  const needle = q.trim().toLowerCase()
  if (!needle) return true
  return fields.some((f) => (f ?? '').toLowerCase().includes(needle))
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** CSV text with a BOM so spreadsheet programs read Chinese correctly. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

export function saveText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
