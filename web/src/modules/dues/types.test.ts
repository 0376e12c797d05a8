import { describe, expect, it } from 'vitest'
import { addMonths, isMonth, yuanText, yuanToFen } from './types'

describe('dues money and months', () => {
  it('converts yuan to fen exactly', () => {
    expect(yuanToFen('3000')).toBe(300000)
    expect(yuanToFen('3000.01')).toBe(300001)
    expect(yuanToFen('0.1')).toBe(10)
    expect(yuanToFen(' 12.5 ')).toBe(1250)
    expect(yuanToFen('1.005')).toBeNull()
    expect(yuanToFen('-5')).toBeNull()
    expect(yuanToFen('abc')).toBeNull()
    expect(yuanToFen('')).toBeNull()
  })
  it('formats fen as yuan', () => {
    expect(yuanText(300001)).toBe('3000.01')
    expect(yuanText(20)).toBe('0.20')
    expect(yuanText(-4200)).toBe('-42.00')
    expect(yuanText(null)).toBe('')
  })
  it('checks and moves months', () => {
    expect(isMonth('2026-12')).toBe(true)
    expect(isMonth('2026-13')).toBe(false)
    expect(isMonth('2026-1')).toBe(false)
    expect(addMonths('2026-12', 1)).toBe('2027-01')
    expect(addMonths('2026-01', -7)).toBe('2025-06')
    expect(addMonths('2026-06', 12)).toBe('2027-06')
  })
})
