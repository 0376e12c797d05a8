import { describe, expect, it } from 'vitest'
import { toFen, yuan } from './types'

describe('donation money', () => {
  it('writes yuan like the server', () => {
    expect(yuan(0)).toBe('0.00')
    expect(yuan(5)).toBe('0.05')
    expect(yuan(3136050)).toBe('31,360.50')
    expect(yuan(100000000)).toBe('1,000,000.00')
    expect(yuan(-12345)).toBe('-123.45')
  })
  it('turns typed yuan into whole fen', () => {
    expect(toFen(1234.5)).toBe(123450)
    expect(toFen(0.1 + 0.2)).toBe(30)
    expect(toFen(null)).toBe(0)
  })
})
