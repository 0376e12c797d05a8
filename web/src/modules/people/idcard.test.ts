import { describe, expect, it } from 'vitest'
import { checkIdCard, idCardCheckChar, idCardInfo, isValidIdCard, normalizeIdCard } from './idcard'

describe('GB 11643 ID card', () => {
  it('accepts the standard example with an X check character', () => {
    expect(isValidIdCard('11010519491231002X')).toBe(true)
    expect(isValidIdCard('11010519491231002x')).toBe(true)
    expect(idCardCheckChar('11010519491231002')).toBe('X')
  })
  it('accepts a number with a digit check character', () => {
    // 440524188001010014 is the other example printed with the standard.
    expect(isValidIdCard('440524188001010014')).toBe(true)
  })
  it('rejects a wrong check character', () => {
    expect(checkIdCard('110105194912310021')).toBe('checksum')
    expect(isValidIdCard('110105194912310020')).toBe(false)
  })
  it('rejects wrong lengths, characters and impossible dates', () => {
    expect(checkIdCard('')).toBe('required')
    expect(checkIdCard('11010519491231002')).toBe('length')
    expect(checkIdCard('1101051949123100XX')).toBe('format')
    expect(checkIdCard('110105194902300025')).toBe('birthDate')
    expect(checkIdCard('110105203001010011', '2026-01-01')).toBe('birthDate')
  })
  it('derives birth date and gender', () => {
    expect(idCardInfo('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'F' })
    expect(idCardInfo('440524188001010014')).toEqual({ birthDate: '1880-01-01', gender: 'M' })
    expect(idCardInfo('110105194912310021')).toBeNull()
  })
  it('normalises spaces and lower-case x', () => {
    expect(normalizeIdCard(' 110105 19491231 002x ')).toBe('11010519491231002X')
  })
})
