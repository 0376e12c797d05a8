import { describe, expect, it } from 'vitest'
import { figureText, figureValue, periodFromQuery, periodLabel, periodQuery } from './types'
import { buildReportDocument } from './word'
import { Packer } from 'docx'

describe('report period', () => {
  it('reads ?from=&to= before ?year=', () => {
    expect(periodFromQuery({ from: '2019-01-01', to: '2020-06-28', year: '2019' })).toEqual({ from: '2019-01-01', to: '2020-06-28' })
    expect(periodFromQuery({ year: '2019' })).toEqual({ year: 2019 })
    expect(periodFromQuery({ year: 'x' })).toBeNull()
    expect(periodFromQuery({ from: '2019-1-1', to: '2020-06-28' })).toBeNull()
  })
  it('writes the query back', () => {
    expect(periodQuery({ year: 2019 })).toEqual({ year: '2019' })
    expect(periodQuery({ from: '2019-01-01', to: '2020-06-28' })).toEqual({ from: '2019-01-01', to: '2020-06-28' })
  })
  it('names the file by year for a calendar year, else by its two days', () => {
    expect(periodLabel('2019-01-01', '2019-12-31')).toBe('2019')
    expect(periodLabel('2019-01-01', '2020-06-28')).toBe('2019-01-01_2020-06-28')
  })
})

describe('figureValue', () => {
  it('groups numbers and shows a dash for nothing', () => {
    expect(figureValue({ key: 'a', label: 'A', value: 30000, unit: '元' })).toBe('30,000')
    expect(figureValue({ key: 'a', label: 'A', value: '3.24万', unit: '元' })).toBe('3.24万')
    expect(figureValue({ key: 'a', label: 'A', value: null, unit: '' })).toBe('\u2014')
  })
})

describe('Word export', () => {
  it('builds a .docx with the title, figures and paragraphs in 仿宋', async () => {
    const doc = buildReportDocument(
      {
        title: '年度党建工作报告',
        organization: '中共示范县委',
        from: '2019-01-01',
        to: '2020-06-28',
        generatedAt: 1593331200,
        sections: [
          {
            key: 'deputies',
            title: '一、人大代表工作',
            figures: [{ key: 'workstations', label: '代表工作室', value: 20, unit: '个' }],
            paragraphs: [{ key: 'p1', text: '建成代表工作室20个。', edited: false }],
          },
        ],
      },
      { period: '（2019年1月1日至2020年6月28日）', figureLabel: '项目', figureValue: '数据', generatedAt: '生成时间' },
    )
    const buffer = await Packer.toBuffer(doc)
    // A .docx is a zip: it starts with "PK".
    expect(buffer.subarray(0, 2).toString()).toBe('PK')
    expect(buffer.length).toBeGreaterThan(3000)
  })
})

describe('figureText', () => {
  it('uses the server display text, with the unit unless the text carries it', () => {
    expect(figureText({ key: 'a', label: 'A', value: 4, unit: '名', unitCode: 'persons', display: '4' })).toBe('4 名')
    expect(figureText({ key: 'd', label: 'D', value: 3236000, unit: '分', unitCode: 'fen', display: '3.24万元' })).toBe('3.24万元')
    expect(figureText({ key: 'r', label: 'R', value: 875, unit: '‰', unitCode: 'permille', display: '87.5%' })).toBe('87.5%')
    expect(figureText({ key: 'w', label: 'W', value: 20, unit: '', unitCode: 'units', display: '20' })).toBe('20')
    expect(figureText({ key: 'x', label: 'X', value: 1234, unit: '个' })).toBe('1,234 个')
  })
})
