import { describe, expect, it } from 'vitest'
import { isbnValid, outcomeTag, statusTag } from './types'

describe('union helpers', () => {
  it('checks ISBN-10 and ISBN-13 like the server', () => {
    expect(isbnValid('978-7-02-000220-7')).toBe(true)
    expect(isbnValid('978-7-02-000220-8')).toBe(false)
    expect(isbnValid('7-02-000220-X')).toBe(true)
    expect(isbnValid('0 306 40615 2')).toBe(true)
    expect(isbnValid('X306406152')).toBe(false)
    expect(isbnValid('977-7-02-000220-7')).toBe(false)
  })
  it('maps outcomes and statuses to tag types', () => {
    expect(outcomeTag('elected')).toBe('success')
    expect(outcomeTag('tie')).toBe('warning')
    expect(statusTag('announced')).toBe('success')
  })
})
