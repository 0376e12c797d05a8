import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from './format'

describe('formatDateTime', () => {
  it('formats unix seconds in China time', () => {
    // 2026-11-28 06:05 UTC is 14:05 in Beijing.
    expect(formatDateTime(Date.parse('2026-11-28T06:05:00Z') / 1000)).toBe('2026-11-28 14:05')
  })
  it('crosses midnight into the next China day', () => {
    expect(formatDate(Date.parse('2026-11-28T17:30:00Z') / 1000)).toBe('2026-11-29')
  })
  it('accepts ISO strings and leaves missing values empty', () => {
    expect(formatDateTime('2026-11-28T06:05:00Z')).toBe('2026-11-28 14:05')
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime(undefined)).toBe('')
  })
})
