import { beforeEach, describe, expect, it } from 'vitest'
import { backupFileName, loadShare, parseShare, saveShare, shareFileText, shareStorageKey, type StoredShare } from './trusteeStore'

const share: StoredShare = { voteUid: 'v-uid-1', index: 2, secret: 'a'.repeat(64), publicKey: 'b'.repeat(64) }

describe('trustee share storage', () => {
  beforeEach(() => localStorage.clear())

  it('names the storage key and the backup file after the vote and the index', () => {
    expect(shareStorageKey('v-uid-1', 2)).toBe('md_trustee_v-uid-1_2')
    expect(backupFileName('v-uid-1', 2)).toBe('mingdeng-trustee-v-uid-1-2.json')
  })

  it('saves and loads a share for its own vote and index only', () => {
    expect(saveShare(share)).toBe(true)
    expect(loadShare('v-uid-1', 2)).toEqual(share)
    expect(loadShare('v-uid-1', 1)).toBeNull()
    expect(loadShare('other', 2)).toBeNull()
  })

  it('reads back its own backup file, proof included', () => {
    const withProof = { ...share, proof: { c: 'c'.repeat(64), s: 'd'.repeat(64) } }
    expect(parseShare(shareFileText(withProof))).toEqual(withProof)
  })

  it('rejects what is not a share', () => {
    expect(parseShare('not json')).toBeNull()
    expect(parseShare('{}')).toBeNull()
    expect(parseShare(JSON.stringify({ ...share, secret: 'xyz' }))).toBeNull()
    expect(parseShare(JSON.stringify({ ...share, index: 0 }))).toBeNull()
    expect(parseShare(null)).toBeNull()
  })
})
