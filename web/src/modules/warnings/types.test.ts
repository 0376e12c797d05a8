import { describe, expect, it } from 'vitest'
import { canAcknowledge, canLift, levelTagType } from './types'

describe('warning card helpers', () => {
  it('colours the levels', () => {
    expect(levelTagType('yellow')).toBe('warning')
    expect(levelTagType('red')).toBe('danger')
    expect(levelTagType('review')).toBe('danger')
    expect(levelTagType('none')).toBe('info')
  })
  it('lifts and acknowledges only open cards', () => {
    expect(canLift({ status: 'active' })).toBe(true)
    expect(canLift({ status: 'lift_proposed' })).toBe(true)
    expect(canLift({ status: 'lifted' })).toBe(false)
    expect(canLift({ status: 'superseded' })).toBe(false)
    expect(canAcknowledge({ status: 'active', acknowledgedAt: null })).toBe(true)
    expect(canAcknowledge({ status: 'active', acknowledgedAt: 1 })).toBe(false)
    expect(canAcknowledge({ status: 'lifted', acknowledgedAt: null })).toBe(false)
  })
})
