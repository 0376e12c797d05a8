// Display helpers. The server sends times as unix SECONDS (numbers); every time is shown in
// China Standard Time (UTC+8, no daylight saving) whatever the browser's zone, so a printed
// ledger reads the same everywhere. ISO strings are still accepted (older drafts, tests).

const CST_OFFSET_MS = 8 * 3600 * 1000

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

export type TimeValue = number | string | Date | null | undefined

/** Milliseconds since the epoch, or NaN. Numbers below 1e12 are seconds. */
export function toMillis(value: TimeValue): number {
  if (value === null || value === undefined || value === '') return NaN
  if (value instanceof Date) return value.getTime()
  if (typeof value === 'number') return value < 1e12 ? value * 1000 : value
  if (/^\d+$/.test(value)) return toMillis(Number(value))
  return new Date(value).getTime()
}

/** The calendar fields of an instant as seen in China (UTC+8). */
function cst(ms: number) {
  const d = new Date(ms + CST_OFFSET_MS)
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), min: d.getUTCMinutes() }
}

/** "2026-11-28 14:05" in China time; empty for missing values. */
export function formatDateTime(value: TimeValue): string {
  const ms = toMillis(value)
  if (Number.isNaN(ms)) return value == null ? '' : String(value)
  const c = cst(ms)
  return `${c.y}-${pad(c.m)}-${pad(c.d)} ${pad(c.h)}:${pad(c.min)}`
}

/** "2026-11-28" in China time, the key used to group by day. */
export function formatDate(value: TimeValue): string {
  const ms = toMillis(value)
  if (Number.isNaN(ms)) return value == null ? '' : String(value)
  const c = cst(ms)
  return `${c.y}-${pad(c.m)}-${pad(c.d)}`
}

/** Midnight (China time) `days` days before the day of `ms`, as milliseconds. */
export function cstDayStart(ms: number, daysBack = 0): number {
  const shifted = ms + CST_OFFSET_MS
  const startShifted = shifted - (((shifted % 86_400_000) + 86_400_000) % 86_400_000)
  return startShifted - CST_OFFSET_MS - daysBack * 86_400_000
}
