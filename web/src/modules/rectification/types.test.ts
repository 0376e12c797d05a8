import { describe, expect, it } from 'vitest'
import { percent, statusTag } from './types'

describe('rectification types', () => {
  it('shows a permille rate as a percentage', () => {
    expect(percent(667)).toBe('66.7%')
    expect(percent(0)).toBe('0.0%')
    expect(percent(1000)).toBe('100.0%')
  })
  it('makes overdue items stand out', () => {
    expect(statusTag('overdue')).toBe('danger')
    expect(statusTag('done')).toBe('success')
    expect(statusTag('not_started')).toBe('info')
  })
})
