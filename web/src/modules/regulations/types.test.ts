import { describe, expect, it } from 'vitest'
import { sidePieces } from './types'

describe('sidePieces', () => {
  it('shows a removed line without the added characters and vice versa', () => {
    const chars = [
      { kind: 'same' as const, text: 'ab' },
      { kind: 'removed' as const, text: '5' },
      { kind: 'added' as const, text: '3' },
    ]
    expect(sidePieces({ kind: 'removed', text: 'ab5', chars }).map((c) => c.text)).toEqual(['ab', '5'])
    expect(sidePieces({ kind: 'added', text: 'ab3', chars }).map((c) => c.text)).toEqual(['ab', '3'])
    expect(sidePieces({ kind: 'same', text: 'x' })).toEqual([{ kind: 'same', text: 'x' }])
  })
})
