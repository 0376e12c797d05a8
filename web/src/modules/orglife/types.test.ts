import { describe, expect, it } from 'vitest'
import {
  cleanCode,
  complianceTotals,
  countAttendance,
  cstToUnix,
  formatRate,
  labelBounds,
  needsCorrectionReason,
  parseLabel,
  passMark,
  periodSpan,
  reasonKey,
  reasonsFor,
  rhythmProblem,
  unixToCst,
  voteProblem,
  votesResolutions,
} from './types'
import { meetingUnits } from './views/units'

describe('China-time date-times', () => {
  it('reads the picker text as Beijing time', () => {
    // 2026-03-05 15:00 in Beijing is 07:00 UTC.
    expect(cstToUnix('2026-03-05 15:00')).toBe(Date.UTC(2026, 2, 5, 7) / 1000)
    expect(unixToCst(Date.UTC(2026, 2, 5, 7) / 1000)).toBe('2026-03-05 15:00')
  })
  it('round-trips across midnight and refuses malformed or impossible dates', () => {
    expect(unixToCst(cstToUnix('2026-01-01 00:30'))).toBe('2026-01-01 00:30')
    expect(cstToUnix('2026-02-30 10:00')).toBeNull()
    expect(cstToUnix('2026-3-5 10:00')).toBeNull()
    expect(cstToUnix('')).toBeNull()
    expect(unixToCst(null)).toBe('')
  })
})

describe('attendance', () => {
  it('offers absence reasons for absent and excuse reasons for excused', () => {
    expect(reasonsFor('absent')).toEqual(['sick', 'personal', 'official', 'unexcused'])
    expect(reasonsFor('excused')).toContain('away6m')
    expect(reasonsFor('present')).toEqual([])
    expect(reasonKey('sick')).toBe('orglife.absence.sick')
    expect(reasonKey('abroad')).toBe('orglife.excuse.abroad')
    expect(reasonKey('')).toBe('')
  })
  it('needs a correction reason only over a member\'s own sign-in', () => {
    expect(needsCorrectionReason({ signedInAt: 1, method: 'qr' })).toBe(true)
    expect(needsCorrectionReason({ signedInAt: 1, method: 'code' })).toBe(true)
    expect(needsCorrectionReason({ signedInAt: 1, method: 'officer' })).toBe(false)
    expect(needsCorrectionReason({ signedInAt: null, method: null })).toBe(false)
  })
  it('counts expected without the excused, and leave apart from no-reason absences', () => {
    const c = countAttendance([
      { status: 'present', reason: '' },
      { status: 'present', reason: '' },
      { status: 'absent', reason: 'sick' },
      { status: 'absent', reason: 'unexcused' },
      { status: 'excused', reason: 'abroad' },
      { status: 'pending', reason: '' },
    ])
    expect(c).toEqual({ expected: 5, present: 2, absent: 2, leave: 1, unexcused: 1, excused: 1, pending: 1 })
  })
  it('shows permille rates', () => {
    expect(formatRate(875)).toBe('87.5%')
    expect(formatRate(null)).toBe('—')
  })
})

describe('votes', () => {
  it('only assemblies and committees vote', () => {
    expect(votesResolutions('branch_assembly')).toBe(true)
    expect(votesResolutions('committee')).toBe(true)
    expect(votesResolutions('theme_day')).toBe(false)
  })
  it('needs more than half of those expected', () => {
    expect(passMark(10)).toBe(6)
    expect(passMark(9)).toBe(5)
    expect(passMark(0)).toBe(1)
  })
  it('refuses more votes than voting members present', () => {
    expect(voteProblem(5, 2, 1, 8)).toBeNull()
    expect(voteProblem(5, 2, 2, 8)).toBe('exceed')
    expect(voteProblem(-1, 0, 0, 8)).toBe('negative')
    expect(voteProblem(null, null, null, 8)).toBeNull()
  })
})

describe('compliance grid', () => {
  it('spans months, quarters and the year over twelve columns', () => {
    expect(periodSpan('month')).toBe(1)
    expect(periodSpan('quarter')).toBe(3)
    expect(periodSpan('year')).toBe(12)
  })
  it('reads and bounds the server\'s period labels', () => {
    expect(parseLabel('2026-03')).toEqual({ month: 3 })
    expect(parseLabel('2026Q2')).toEqual({ quarter: 2 })
    expect(parseLabel('2026')).toEqual({ year: 2026 })
    expect(labelBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29'])
    expect(labelBounds('2026Q4')).toEqual(['2026-10-01', '2026-12-31'])
    expect(labelBounds('2026')).toEqual(['2026-01-01', '2026-12-31'])
    expect(labelBounds('2026-13')).toBeNull()
  })
  it('totals the states', () => {
    const t = complianceTotals([
      {
        orgUnitId: 2,
        name: 'b',
        items: [
          { type: 'committee', period: 'month', required: 1, cells: [{ label: '2026-01', held: 1, state: 'done' }, { label: '2026-02', held: 0, state: 'overdue' }, { label: '2026-03', held: 0, state: 'due' }] },
          { type: 'life_meeting', period: 'year', required: 1, cells: [{ label: '2026', held: 0, state: 'future' }] },
        ],
      },
    ])
    expect(t).toEqual({ done: 1, due: 1, overdue: 1, future: 1 })
  })
  it('checks a rhythm before sending it', () => {
    expect(rhythmProblem([])).toBe('empty')
    expect(rhythmProblem([{ type: 'group', period: 'month', required: 1 }, { type: 'group', period: 'year', required: 1 }])).toBe('repeated')
    expect(rhythmProblem([{ type: 'group', period: 'month', required: 0 }])).toBe('required')
    expect(rhythmProblem([{ type: '', period: 'month', required: 1 }])).toBe('incomplete')
    expect(rhythmProblem([{ type: 'group', period: 'month', required: 2 }])).toBeNull()
  })
})

describe('forms', () => {
  it('keeps six digits of a typed code', () => {
    expect(cleanCode('12 34-567')).toBe('123456')
    expect(cleanCode('abc')).toBe('')
  })
  it('lists branches and groups, a group under its branch', () => {
    const units = meetingUnits([
      { id: 1, parentId: null, name: 'Party group', kind: 'party_group' },
      { id: 2, parentId: 1, name: 'Office branch', kind: 'branch' },
      { id: 3, parentId: 2, name: 'Group 1', kind: 'group' },
      { id: 4, parentId: 1, name: 'Town congress', kind: 'town_congress' },
    ])
    expect(units.map((u) => u.label)).toEqual(['Office branch', 'Office branch / Group 1'])
  })
})
