import { describe, expect, it } from 'vitest'
import { passwordStrength } from './passwordPolicy'

describe('passwordStrength', () => {
  it('rejects short passwords even with all classes', () => {
    const s = passwordStrength('Ab1!xyz')
    expect(s.lengthOk).toBe(false)
    expect(s.classCount).toBe(4)
    expect(s.ok).toBe(false)
    expect(s.level).toBe('weak')
  })

  it('rejects long passwords with only two classes', () => {
    const s = passwordStrength('abcdefgh12345')
    expect(s.classCount).toBe(2)
    expect(s.ok).toBe(false)
  })

  it('accepts 8 chars with three classes', () => {
    const s = passwordStrength('Abcdefg1')
    expect(s).toMatchObject({ lengthOk: true, lower: true, upper: true, digit: true, symbol: false, ok: true })
    expect(s.level).toBe('medium')
  })

  it('counts symbols, including spaces and non-ASCII characters', () => {
    expect(passwordStrength('abcdefg 1').symbol).toBe(true)
    expect(passwordStrength('明灯明灯abc1').classCount).toBe(3)
  })

  it('rates long four-class passwords strong', () => {
    expect(passwordStrength('Mingdeng@2026').level).toBe('strong')
  })

  it('counts characters, not UTF-16 units', () => {
    expect(passwordStrength('😀😀😀😀aA1').lengthOk).toBe(false)
  })

  it('handles the empty string', () => {
    expect(passwordStrength('')).toMatchObject({ ok: false, classCount: 0, level: 'weak' })
  })
})
