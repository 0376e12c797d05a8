import { describe, expect, it } from 'vitest'
import {
  allAnswered,
  ballotChoices,
  groupHex,
  normalizeReceipt,
  optionKeys,
  passMark,
  permille,
  resultColumns,
  togglePick,
  turnoutPercent,
  yuan,
} from './types'

describe('ballot helpers', () => {
  it('names the options of each kind and form in option order', () => {
    expect(optionKeys('projects', 'options3')).toEqual(['yes', 'no', 'abstain'])
    expect(optionKeys('satisfaction', 'options3')).toEqual(['satisfied', 'basically', 'unsatisfied'])
    expect(resultColumns('projects', 'pick')).toEqual(['votes'])
  })

  it('accepts receipt codes with or without dashes, 16 to 64 hex', () => {
    expect(normalizeReceipt('3F2A-91C0-7b4e-d215')).toBe('3f2a91c07b4ed215')
    expect(normalizeReceipt(' 3f2a 91c0 7b4e d215 ')).toBe('3f2a91c07b4ed215')
    expect(normalizeReceipt('a'.repeat(64))).toBe('a'.repeat(64))
    expect(normalizeReceipt('3f2a-91c0-7b4e')).toBeNull() // 12 hex: too short
    expect(normalizeReceipt('a'.repeat(65))).toBeNull()
    expect(normalizeReceipt('3f2a-91c0-7b4e-d21g')).toBeNull()
    expect(normalizeReceipt('')).toBeNull()
  })

  it('groups hex by four', () => {
    expect(groupHex('3f2a91c07b4ed215')).toBe('3f2a-91c0-7b4e-d215')
    expect(groupHex('')).toBe('')
  })

  it('requires every options3 question answered', () => {
    expect(allAnswered('options3', [0, 1, 2])).toBe(true)
    expect(allAnswered('options3', [0, null, 2])).toBe(false)
    expect(allAnswered('options3', [])).toBe(false)
    expect(allAnswered('pick', [null])).toBe(true)
  })

  it('refuses a pick beyond the limit and allows undoing', () => {
    const picks = [false, false, false]
    expect(togglePick(picks, 0, 2)).toBe(true)
    expect(togglePick(picks, 1, 2)).toBe(true)
    expect(togglePick(picks, 2, 2)).toBe(false)
    expect(picks).toEqual([true, true, false])
    expect(togglePick(picks, 0, 2)).toBe(true)
    expect(togglePick(picks, 2, 2)).toBe(true)
    expect(picks).toEqual([false, true, true])
  })

  it('builds the choices encryptBallot expects', () => {
    expect(ballotChoices('options3', [2, 0, 1], [])).toEqual([2, 0, 1])
    expect(ballotChoices('pick', [null, null], [true, false])).toEqual([1, 0])
    expect(() => ballotChoices('options3', [0, null], [])).toThrow()
  })

  it('formats budget, turnout, rate and the pass mark', () => {
    expect(yuan(123456789)).toBe('1,234,567.89')
    expect(yuan(null)).toBe('')
    expect(turnoutPercent({ eligible: 27, electronic: 20, paper: 3 })).toBe(85.2)
    expect(turnoutPercent({ eligible: 0, electronic: 0, paper: 0 })).toBe(0)
    expect(permille(875)).toBe('87.5%')
    expect(passMark(27)).toBe(14)
    expect(passMark(28)).toBe(15)
  })
})
