import { cstDayStart, formatDate, type TimeValue } from '@/shared/format'

export interface DayCount {
  day: string
  count: number
}

/** Counts items per China-time day for the `days` days ending today, oldest first, zero-filled. */
export function countByDay(dates: TimeValue[], days: number, today: Date | number = Date.now()): DayCount[] {
  const now = typeof today === 'number' ? today : today.getTime()
  const out: DayCount[] = []
  const index = new Map<string, DayCount>()
  for (let i = days - 1; i >= 0; i--) {
    // Noon of that day, so the label never slips across midnight.
    const entry = { day: formatDate(cstDayStart(now, i) + 12 * 3600 * 1000), count: 0 }
    out.push(entry)
    index.set(entry.day, entry)
  }
  for (const value of dates) {
    const entry = index.get(formatDate(value))
    if (entry) entry.count++
  }
  return out
}
