import { describe, expect, it } from 'vitest'
import { dialogOf, deviceId, normalizeCode } from './types'

describe('opinions helpers', () => {
  it('normalizes a typed query code', () => {
    expect(normalizeCode('abcd-efgh jkmn')).toBe('ABCDEFGHJKMN')
  })
  it('keeps one device id per browser', () => {
    const store = new Map<string, string>()
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) }
    const a = deviceId(storage)
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(deviceId(storage)).toBe(a)
  })
  it('maps actions to dialogs', () => {
    expect(dialogOf('classify')).toBe('classify')
    expect(dialogOf('answer_on_spot')).toBe('classify')
    expect(dialogOf('reopen')).toBe('rate')
    expect(dialogOf('refer')).toBe('refer')
    expect(dialogOf('assign_deputy')).toBe('deputy')
  })
})
