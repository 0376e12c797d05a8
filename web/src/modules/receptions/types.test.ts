import { describe, expect, it } from 'vitest'
import { chinaDay, timeRange } from './types'

describe('receptions types', () => {
  it('counts days in China time (UTC+8), across midnight and month ends', () => {
    const lateUtc = Date.UTC(2026, 10, 28, 17, 0) // 01:00 on the 29th in China
    expect(chinaDay(0, lateUtc)).toBe('2026-11-29')
    expect(chinaDay(2, lateUtc)).toBe('2026-12-01')
    expect(chinaDay(-29, lateUtc)).toBe('2026-10-31')
  })
  it('shows a time range', () => {
    expect(timeRange({ startsAt: '09:00', endsAt: '11:30' })).toBe('09:00–11:30')
  })
})
