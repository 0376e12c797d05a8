import { describe, expect, it } from 'vitest'
import { checkDisplayName, checkPhone, checkUsername } from './schema'

describe('user form rules', () => {
  it('username: 3–32 of [a-z0-9_.]', () => {
    expect(checkUsername('')).toBe('required')
    expect(checkUsername('ab')).toBe('format')
    expect(checkUsername('abc')).toBeNull()
    expect(checkUsername('li.si_2')).toBeNull()
    expect(checkUsername('LiSi')).toBe('format')
    expect(checkUsername('a'.repeat(33))).toBe('format')
  })
  it('display name: required, at most 32 characters', () => {
    expect(checkDisplayName('  ')).toBe('required')
    expect(checkDisplayName('张三')).toBeNull()
    expect(checkDisplayName('张'.repeat(33))).toBe('tooLong')
  })
  it('phone: optional, 1[3-9] + 9 digits', () => {
    expect(checkPhone('')).toBeNull()
    expect(checkPhone('13812345678')).toBeNull()
    expect(checkPhone('12812345678')).toBe('format')
    expect(checkPhone('1381234567')).toBe('format')
  })
})
