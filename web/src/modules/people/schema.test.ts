import { describe, expect, it } from 'vitest'
import { checkAgainstIdCard, checkJoinedParty, checkPastDate, checkPhone, chinaToday, isPartyMember } from './schema'

describe('person form rules', () => {
  it('phone is optional, 11 digits', () => {
    expect(checkPhone('')).toBeNull()
    expect(checkPhone('13912345678')).toBeNull()
    expect(checkPhone('1391234567')).toBe('format')
  })
  it('dates must not lie in the future', () => {
    expect(checkPastDate('2026-01-02', '2026-01-01')).toBe('future')
    expect(checkPastDate('2026-01-01', '2026-01-01')).toBeNull()
    expect(checkPastDate('', '2026-01-01', true)).toBe('required')
  })
  it('joined-Party date only for members and probationary members', () => {
    expect(isPartyMember('cpc_member')).toBe(true)
    expect(isPartyMember('cpc_probationary')).toBe(true)
    expect(checkJoinedParty('2000-07-01', 'masses', '2026-01-01')).toBe('notMember')
    expect(checkJoinedParty('2000-07-01', 'cpc_member', '2026-01-01')).toBeNull()
    expect(checkJoinedParty('', 'masses', '2026-01-01')).toBeNull()
  })
  it('birth date and gender must agree with the ID card', () => {
    expect(checkAgainstIdCard('11010519491231002X', '1949-12-31', 'F')).toBeNull()
    expect(checkAgainstIdCard('11010519491231002X', '1950-01-01', 'F')).toBe('birthMismatch')
    expect(checkAgainstIdCard('11010519491231002X', '1949-12-31', 'M')).toBe('genderMismatch')
  })
  it('today is computed in China time', () => {
    // 2026-01-01 17:00 UTC is already 2 January in Beijing.
    expect(chinaToday(Date.UTC(2026, 0, 1, 17))).toBe('2026-01-02')
  })
})
