import { describe, expect, it } from 'vitest'
import {
  allAnswered,
  answerForKind,
  answerWithoutOption,
  blankQuestion,
  chinaToday,
  emptyAnswers,
  formatHours,
  hoursText,
  linkify,
  monthKey,
  monthNumber,
  nextFreeMonth,
  optionLetter,
  quizProblem,
  sortedChoice,
  yearTimeline,
  type Law,
  type Question,
} from './types'
import { learningUnits, yearOptions } from './views/units'

const law = (month: string, extra: Partial<Law> = {}): Law => ({
  id: Number(month.replace('-', '')),
  month,
  title: '宪法',
  summary: '',
  materials: '',
  studiedCount: 0,
  hasQuiz: false,
  passMark: null,
  isCurrent: false,
  myMinutes: 0,
  myBestScore: null,
  myPassed: null,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
})

describe('months', () => {
  it('builds keys and reads month numbers', () => {
    expect(monthKey(2026, 3)).toBe('2026-03')
    expect(monthKey(2026, 11)).toBe('2026-11')
    expect(monthNumber('2026-03')).toBe(3)
  })
  it('lays the year out as twelve slots, past / current / future', () => {
    const slots = yearTimeline(2026, [law('2026-01'), law('2026-03')], '2026-03')
    expect(slots).toHaveLength(12)
    expect(slots[0]).toMatchObject({ month: '2026-01', when: 'past', number: 1 })
    expect(slots[0].law?.month).toBe('2026-01')
    expect(slots[1].law).toBeNull()
    expect(slots[2].when).toBe('current')
    expect(slots[11].when).toBe('future')
    // Another year is wholly past or future.
    expect(yearTimeline(2025, [], '2026-03').every((s) => s.when === 'past')).toBe(true)
  })
  it('proposes the current month, else the first free one', () => {
    expect(nextFreeMonth(2026, [law('2026-01')], '2026-03')).toBe('2026-03')
    expect(nextFreeMonth(2026, [law('2026-01'), law('2026-03')], '2026-03')).toBe('2026-02')
    expect(nextFreeMonth(2027, [], '2026-03')).toBe('2027-01')
  })
  it('tells today in China time', () => {
    // 2026-03-04 17:00 UTC is already 2026-03-05 in Beijing.
    expect(chinaToday(Date.UTC(2026, 2, 4, 17))).toBe('2026-03-05')
  })
})

describe('hours', () => {
  it('rounds minutes to one decimal, half up, as the server does', () => {
    expect(formatHours(0)).toBe('0.0')
    expect(formatHours(60)).toBe('1.0')
    expect(formatHours(95)).toBe('1.6')
    expect(formatHours(3)).toBe('0.1')
    expect(formatHours(2)).toBe('0.0')
    expect(hoursText(12)).toBe('12.0')
    expect(hoursText(1.3)).toBe('1.3')
  })
})

describe('materials', () => {
  it('turns only http(s) addresses into links', () => {
    expect(linkify('国家法律法规数据库：https://flk.npc.gov.cn')).toEqual([
      { text: '国家法律法规数据库：' },
      { text: 'https://flk.npc.gov.cn', href: 'https://flk.npc.gov.cn' },
    ])
    expect(linkify('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)' }])
    expect(linkify('见 http://a.cn/x，和 https://b.cn')).toEqual([
      { text: '见 ' },
      { text: 'http://a.cn/x', href: 'http://a.cn/x' },
      { text: '，和 ' },
      { text: 'https://b.cn', href: 'https://b.cn' },
    ])
    expect(linkify('')).toEqual([])
  })
})

describe('quiz editing', () => {
  const ok = (): Array<Required<Question>> => [
    { text: '我国的根本政治制度是？', kind: 'single', options: ['人民代表大会制度', '其他'], answer: [0] },
    { text: '监察委员会的职责', kind: 'multiple', options: ['监督', '调查', '处置', '审判'], answer: [0, 1, 2] },
  ]
  it('accepts a valid quiz', () => {
    expect(quizProblem(ok())).toBeNull()
  })
  it('reports the first problem with its question number, like the server', () => {
    expect(quizProblem([])).toEqual({ code: 'count' })
    const noText = ok()
    noText[1].text = '  '
    expect(quizProblem(noText)).toEqual({ code: 'text', question: 2 })
    const oneOption = ok()
    oneOption[0].options = ['只有一个']
    expect(quizProblem(oneOption)).toEqual({ code: 'options', question: 1 })
    const emptyOption = ok()
    emptyOption[1].options[3] = ''
    expect(quizProblem(emptyOption)).toEqual({ code: 'options', question: 2 })
    const twoRight = ok()
    twoRight[0].answer = [0, 1]
    expect(quizProblem(twoRight)).toEqual({ code: 'single', question: 1 })
    const none = ok()
    none[1].answer = []
    expect(quizProblem(none)).toEqual({ code: 'answer', question: 2 })
    const outOfRange = ok()
    outOfRange[0].answer = [5]
    expect(quizProblem(outOfRange)).toEqual({ code: 'answer', question: 1 })
  })
  it('keeps the answers right when options go or the kind changes', () => {
    expect(answerWithoutOption([0, 2, 3], 2)).toEqual([0, 2])
    expect(answerWithoutOption([1], 0)).toEqual([0])
    expect(answerForKind([2, 0], 'single')).toEqual([2])
    expect(answerForKind([2, 0], 'multiple')).toEqual([2, 0])
    expect(blankQuestion('multiple')).toEqual({ text: '', kind: 'multiple', options: ['', ''], answer: [] })
  })
})

describe('quiz taking', () => {
  it('starts empty and knows when all are answered', () => {
    expect(emptyAnswers(3)).toEqual([[], [], []])
    expect(allAnswered([[0], []])).toBe(false)
    expect(allAnswered([[0], [1, 2]])).toBe(true)
    expect(allAnswered([])).toBe(false)
  })
  it('sends the choices as a sorted set and labels options with letters', () => {
    expect(sortedChoice([2, 0, 2])).toEqual([0, 2])
    expect(optionLetter(0)).toBe('A')
    expect(optionLetter(7)).toBe('H')
  })
})

describe('units and years', () => {
  it('offers branches and groups, a group labelled with its branch', () => {
    const units = learningUnits([
      { id: 1, parentId: null, name: '党组', kind: 'party_group' },
      { id: 2, parentId: 1, name: '机关党支部', kind: 'branch' },
      { id: 6, parentId: 2, name: '第一党小组', kind: 'group' },
      { id: 3, parentId: 1, name: '法制委员会功能型党支部', kind: 'functional_branch' },
      { id: 11, parentId: 1, name: '云溪街道人大工委', kind: 'street_committee' },
    ])
    expect(units.map((u) => u.label)).toEqual(['机关党支部', '机关党支部 / 第一党小组', '法制委员会功能型党支部'])
  })
  it('lists next year back to ten years ago', () => {
    const ys = yearOptions(2026)
    expect(ys[0]).toBe(2027)
    expect(ys).toHaveLength(12)
    expect(ys[ys.length - 1]).toBe(2016)
  })
})
