import { describe, expect, it } from 'vitest'
import { countByDay } from './chartData'

describe('countByDay', () => {
  it('zero-fills and counts per local day, oldest first', () => {
    const today = new Date(2026, 2, 10, 15, 0)
    const dates = [new Date(2026, 2, 10, 9).toISOString(), new Date(2026, 2, 10, 1).toISOString(), new Date(2026, 2, 8, 12).toISOString(), new Date(2026, 1, 1).toISOString()]
    expect(countByDay(dates, 3, today)).toEqual([
      { day: '2026-03-08', count: 1 },
      { day: '2026-03-09', count: 0 },
      { day: '2026-03-10', count: 2 },
    ])
  })
})
