import { describe, expect, it } from 'vitest'
import { diffRows } from './types'

describe('diffRows', () => {
  it('lists the union of fields with before and after', () => {
    expect(diffRows({ value: 30, label: 'x' }, { value: 25, label: 'x', extra: [1] })).toEqual([
      { field: 'value', before: '30', after: '25', changed: true },
      { field: 'label', before: 'x', after: 'x', changed: false },
      { field: 'extra', before: '', after: '[1]', changed: true },
    ])
  })
  it('handles a missing side, JSON strings and nothing at all', () => {
    expect(diffRows(null, '{"roles":["member"]}')).toEqual([{ field: 'roles', before: '', after: '["member"]', changed: true }])
    expect(diffRows(null, null)).toEqual([])
    expect(diffRows('old', 'new')).toEqual([{ field: '', before: 'old', after: 'new', changed: true }])
  })
})
