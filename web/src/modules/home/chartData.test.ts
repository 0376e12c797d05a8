import { describe, expect, it } from 'vitest'
import { countByDay } from './chartData'

// Instants built in UTC; days are counted in China time (UTC+8).
const at = (iso: string) => Date.parse(iso) / 1000

describe('countByDay', () => {
  it('zero-fills and counts per China day, oldest first, from unix seconds', () => {
    const today = Date.parse('2026-03-10T07:00:00Z') // 15:00 in Beijing
    const dates = [
      at('2026-03-10T01:00:00Z'), // 09:00 on the 10th
      at('2026-03-09T17:00:00Z'), // 01:00 on the 10th (still the 9th in UTC)
      at('2026-03-08T04:00:00Z'),
      at('2026-02-01T00:00:00Z'),
    ]
    expect(countByDay(dates, 3, today)).toEqual([
      { day: '2026-03-08', count: 1 },
      { day: '2026-03-09', count: 0 },
      { day: '2026-03-10', count: 2 },
    ])
  })
})
