import { describe, expect, it } from 'vitest'
import { chinaToday, hoursText, placesLeft } from './types'

describe('volunteer helpers', () => {
  it('writes hours like the server', () => {
    expect(hoursText(0)).toBe('0.0')
    expect(hoursText(750)).toBe('12.5')
    expect(hoursText(100)).toBe('1.7')
    expect(hoursText(-5)).toBe('0.0')
  })
  it('counts the places left', () => {
    expect(placesLeft({ capacity: 10, taken: 3 })).toBe(7)
    expect(placesLeft({ capacity: 2, taken: 3 })).toBe(0)
    expect(placesLeft({ capacity: 0, taken: 3 })).toBeNull()
  })
  it('knows the China date', () => {
    expect(chinaToday(Date.UTC(2026, 10, 28, 17, 0))).toBe('2026-11-29')
  })
})
