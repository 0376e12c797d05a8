import { describe, expect, it } from 'vitest'
import { nextStatuses } from './types'

describe('finding status transitions', () => {
  it('follows open → rectified → verified, with sending back', () => {
    expect(nextStatuses('open')).toEqual(['open', 'rectified'])
    expect(nextStatuses('rectified')).toEqual(['rectified', 'verified', 'open'])
    expect(nextStatuses('verified')).toEqual([])
  })
})
