import { describe, expect, it } from 'vitest'
import { chinaToday, excellentCap, scoreTotal, STATUSES, STEP_ACTION, stepIndex, unqualifiedPercent, weightSum } from './types'

describe('evaluation helpers', () => {
  it('caps excellent at a third of the graded members, rounded down (as the server)', () => {
    const cases: [number, number][] = [[0, 0], [2, 0], [3, 1], [12, 4], [13, 4], [14, 4], [15, 5]]
    for (const [graded, cap] of cases) expect(excellentCap(graded), String(graded)).toBe(cap)
    expect(excellentCap(10, 1, 5)).toBe(2)
    expect(excellentCap(12, 1, 0)).toBe(0)
  })
  it('sums weights and scores', () => {
    expect(weightSum([{ weight: 20 }, { weight: 20 }, { weight: 25 }, { weight: 20 }, { weight: 15 }])).toBe(100)
    expect(weightSum([{ weight: Number.NaN }, { weight: 5 }])).toBe(5)
    expect(scoreTotal([18, 19, 24, 20, 14])).toBe(95)
    expect(scoreTotal([18, null])).toBeNull()
    expect(scoreTotal([])).toBeNull()
  })
  it('gives the 不合格 share in whole percent', () => {
    expect(unqualifiedPercent(null)).toBe(0)
    expect(unqualifiedPercent({ excellent: 1, qualified: 0, basic: 0, unqualified: 2, abstained: 0, cast: 3 })).toBe(67)
    expect(unqualifiedPercent({ excellent: 0, qualified: 0, basic: 0, unqualified: 0, abstained: 0, cast: 0 })).toBe(0)
  })
  it('walks the steps in order with one action each, none after final', () => {
    expect(STATUSES.map(stepIndex)).toEqual([0, 1, 2, 3, 4, 5])
    expect(STATUSES.map((s) => STEP_ACTION[s])).toEqual(['start', 'ballot', 'scoring', 'notice', 'finalize', ''])
  })
  it('dates in China time', () => {
    expect(chinaToday(Date.parse('2026-11-27T16:30:00Z'))).toBe('2026-11-28')
    expect(chinaToday(Date.parse('2026-11-27T15:59:00Z'))).toBe('2026-11-27')
  })
})
