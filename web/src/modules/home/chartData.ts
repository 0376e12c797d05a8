import { formatDate } from '@/shared/format'

export interface DayCount {
  day: string
  count: number
}

/** Counts items per local day for the `days` days ending today, oldest first, zero-filled. */
export function countByDay(dates: string[], days: number, today = new Date()): DayCount[] {
  const out: DayCount[] = []
  const index = new Map<string, DayCount>()
  for (let i = days - 1; i >= 0; i--) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i)
    const entry = { day: formatDate(d), count: 0 }
    out.push(entry)
    index.set(entry.day, entry)
  }
  for (const value of dates) {
    const entry = index.get(formatDate(value))
    if (entry) entry.count++
  }
  return out
}
