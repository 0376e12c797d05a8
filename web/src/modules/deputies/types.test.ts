import { describe, expect, it } from 'vitest'
import { liaisonOrder, ratePercent, uniqueByPerson, type Liaison } from './types'

describe('deputies helpers', () => {
  it('reads the coverage rate as a fraction or a percentage', () => {
    expect(ratePercent({ rate: 0.8571, covered: 6, total: 7 })).toBe(85.7)
    expect(ratePercent({ rate: 85.71, covered: 6, total: 7 })).toBe(85.7)
    expect(ratePercent({ rate: NaN, covered: 1, total: 4 })).toBe(25)
    expect(ratePercent({ rate: NaN, covered: 0, total: 0 })).toBe(0)
    expect(ratePercent(null)).toBe(0)
  })
  it('orders overdue liaisons first, then the oldest contact', () => {
    const l = (id: number, overdue: boolean, last: string | null) =>
      ({ id, overdue, lastContactOn: last, partyDeputy: { personId: 1, name: 'a' }, nonPartyDeputy: { personId: 2, name: 'b' }, assignedOn: '2026-01-01' }) as Liaison
    const rows = [l(1, false, '2026-03-01'), l(2, true, '2026-01-01'), l(3, false, null), l(4, false, '2026-02-01')]
    expect(rows.sort(liaisonOrder).map((r) => r.id)).toEqual([2, 3, 4, 1])
  })
  it('lists each person once', () => {
    expect(uniqueByPerson([{ personId: 1 }, { personId: 2 }, { personId: 1 }]).length).toBe(2)
  })
})

import { counterpartSide } from './types'

describe('counterpartSide', () => {
  const pair = (p: number, n: number) => ({ partyDeputy: { personId: p, name: `p${p}` }, nonPartyDeputy: { personId: n, name: `n${n}` } })
  it('shows the non-party side to a party-member deputy', () => {
    expect(counterpartSide([pair(1, 2), pair(1, 3)])).toBe('nonParty')
    expect(counterpartSide([pair(1, 2)])).toBe('nonParty')
  })
  it('shows the party side to a non-party deputy with several liaisons', () => {
    expect(counterpartSide([pair(1, 9), pair(2, 9)])).toBe('party')
  })
})
