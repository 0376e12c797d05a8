import { describe, expect, it } from 'vitest'
import {
  checkPaperEntry,
  diffQuestion,
  formatPermille,
  formatYuan,
  isQuarter,
  optionKey,
  quarterOf,
  quarterOptions,
  splitAt,
  splitTotal,
  statusActions,
  stepIndex,
  yuanToFen,
} from './types'
import { yearOptions } from './views/years'

describe('money', () => {
  it('turns yuan with two decimals into whole fen without float noise', () => {
    expect(yuanToFen(0.29)).toBe(29)
    expect(yuanToFen(1234567.89)).toBe(123456789)
    expect(yuanToFen(null)).toBe(0)
  })
  it('shows fen as yuan with thousands separators', () => {
    expect(formatYuan(123456789)).toBe('1,234,567.89')
    expect(formatYuan(0)).toBe('0.00')
  })
})

describe('quarters', () => {
  it('accepts 2026Q3 and refuses malformed labels', () => {
    expect(isQuarter('2026Q3')).toBe(true)
    expect(isQuarter('2026Q5')).toBe(false)
    expect(isQuarter('1999Q1')).toBe(false)
    expect(isQuarter('2026-Q1')).toBe(false)
  })
  it('names the quarter in China time', () => {
    // 2026-03-31 17:00 UTC is already 1 April in Beijing.
    expect(quarterOf(Date.UTC(2026, 2, 31, 17))).toBe('2026Q2')
    expect(quarterOf(Date.UTC(2026, 2, 31, 15))).toBe('2026Q1')
  })
  it('offers the project year and the next', () => {
    expect(quarterOptions(2019)).toEqual(['2019Q1', '2019Q2', '2019Q3', '2019Q4', '2020Q1', '2020Q2', '2020Q3', '2020Q4'])
  })
})

describe('project status actions', () => {
  it('never offers chosen, and nothing on a chosen project', () => {
    expect(statusActions('collected')).toEqual(['shortlisted', 'reserve', 'withdrawn'])
    expect(statusActions('withdrawn')).toEqual(['collected'])
    expect(statusActions('chosen')).toEqual([])
  })
})

describe('vote helpers', () => {
  it('maps the status to the active step', () => {
    expect(stepIndex('setup')).toBe(1)
    expect(stepIndex('open')).toBe(2)
    expect(stepIndex('closed')).toBe(3)
    expect(stepIndex('certified')).toBe(5)
  })
  it('labels options by kind and form', () => {
    expect(optionKey('projects', 'options3', 1)).toBe('votes.option.projects.1')
    expect(optionKey('satisfaction', 'options3', 2)).toBe('votes.option.satisfaction.2')
    expect(optionKey('projects', 'pick', 0)).toBe('votes.option.pick')
  })
  it('formats permille rates', () => {
    expect(formatPermille(875)).toBe('87.5%')
    expect(formatPermille(null)).toBe('')
  })
  it('reads electronic / paper splits as arrays or plain numbers', () => {
    expect(splitAt([3, 1, 0], 1)).toBe(1)
    expect(splitAt(7, 0)).toBe(7)
    expect(splitAt(7, 1)).toBeNull()
    expect(splitTotal([3, 1, 0])).toBe(4)
  })
  it('reads the ballot-count difference as question null', () => {
    expect(diffQuestion({ question: null, option: null, first: 1, second: 2 })).toBeNull()
    expect(diffQuestion({ question: -1, option: null, first: 1, second: 2 })).toBeNull()
    expect(diffQuestion({ question: 2, option: 0, first: 1, second: 2 })).toBe(2)
  })
  it('lists next year and ten years back', () => {
    const years = yearOptions(Date.UTC(2026, 5, 1))
    expect(years[0]).toBe(2027)
    expect(years).toContain(2019)
  })
})

describe('paper entry check (rules.hpp check_paper_entry)', () => {
  it('wants a positive ballot count', () => {
    expect(checkPaperEntry(null, [[0, 0, 0]], 'options3', 0)).toEqual([{ code: 'ballots' }])
    expect(checkPaperEntry(0, [[0, 0, 0]], 'options3', 0)).toEqual([{ code: 'ballots' }])
  })
  it('options3: each question adds up to the ballots', () => {
    expect(checkPaperEntry(10, [[6, 3, 1], [10, 0, 0]], 'options3', 0)).toEqual([])
    expect(checkPaperEntry(10, [[6, 3, 0], [10, 0, 0]], 'options3', 0)).toEqual([{ code: 'sum', question: 0, sum: 9 }])
  })
  it('refuses empty or negative counts', () => {
    expect(checkPaperEntry(10, [[null, 3, 7]], 'options3', 0)).toEqual([{ code: 'negative', question: 0 }])
    expect(checkPaperEntry(10, [[-1, 4, 7]], 'options3', 0)).toEqual([{ code: 'negative', question: 0 }])
  })
  it('pick: no candidate above the ballots, all marks within ballots × N', () => {
    expect(checkPaperEntry(5, [[5], [5], [0]], 'pick', 2)).toEqual([])
    expect(checkPaperEntry(5, [[6], [0]], 'pick', 2)).toEqual([{ code: 'overCandidate', question: 0 }])
    expect(checkPaperEntry(5, [[5], [5], [1]], 'pick', 2)).toEqual([{ code: 'overPicks', total: 11, limit: 10 }])
  })
})
