import { describe, expect, it } from 'vitest'
import { partyStatus, statusTag } from './types'

describe('party organization status', () => {
  it('follows the server rule', () => {
    expect(partyStatus(true, '')).toBe('built')
    expect(partyStatus(false, '联合党支部')).toBe('joint')
    expect(partyStatus(false, '  ')).toBe('none')
  })
  it('colours the status', () => {
    expect(statusTag('built')).toBe('success')
    expect(statusTag('joint')).toBe('warning')
    expect(statusTag('none')).toBe('danger')
  })
})
