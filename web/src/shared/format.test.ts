import { describe, expect, it } from 'vitest'
import { formatBigNumber, formatChineseDate, formatDate, formatDateTime } from './format'

describe('formatDateTime', () => {
  it('formats unix seconds in China time', () => {
    // 2026-11-28 06:05 UTC is 14:05 in Beijing.
    expect(formatDateTime(Date.parse('2026-11-28T06:05:00Z') / 1000)).toBe('2026-11-28 14:05')
  })
  it('crosses midnight into the next China day', () => {
    expect(formatDate(Date.parse('2026-11-28T17:30:00Z') / 1000)).toBe('2026-11-29')
  })
  it('accepts ISO strings and leaves missing values empty', () => {
    expect(formatDateTime('2026-11-28T06:05:00Z')).toBe('2026-11-28 14:05')
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime(undefined)).toBe('')
  })
})

describe('formatChineseDate', () => {
  it('writes a date-only string in official Chinese form without leading zeros', () => {
    expect(formatChineseDate('2020-06-28')).toBe('2020年6月28日')
    expect(formatChineseDate('2019-01-01', 'zh-CN')).toBe('2019年1月1日')
  })
  it('takes instants in China time', () => {
    // 2020-06-27 17:30 UTC is already 28 June in Beijing.
    expect(formatChineseDate(Date.parse('2020-06-27T17:30:00Z') / 1000)).toBe('2020年6月28日')
  })
  it('writes English dates in words and leaves missing values empty', () => {
    expect(formatChineseDate('2020-06-28', 'en')).toBe('June 28, 2020')
    expect(formatChineseDate(null)).toBe('')
  })
})

describe('formatBigNumber', () => {
  it('uses 万 and 亿 in Chinese from ten thousand up', () => {
    expect(formatBigNumber(12000)).toBe('1.2万')
    expect(formatBigNumber(30000, 'zh-CN')).toBe('3万')
    expect(formatBigNumber(350_000_000)).toBe('3.5亿')
  })
  it('groups smaller numbers', () => {
    expect(formatBigNumber(9999)).toBe('9,999')
    expect(formatBigNumber(154, 'en')).toBe('154')
  })
  it('uses k and M in English', () => {
    expect(formatBigNumber(12000, 'en')).toBe('12.0k')
    expect(formatBigNumber(2_500_000, 'en')).toBe('2.5M')
  })
  it('leaves missing values empty', () => {
    expect(formatBigNumber(null)).toBe('')
    expect(formatBigNumber(undefined, 'en')).toBe('')
  })
})
