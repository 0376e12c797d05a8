import { describe, expect, it } from 'vitest'
import { asItems, compareValues, matchesText, pageRows, sortRows, toCsv } from './localList'

describe('local list helpers', () => {
  it('accepts arrays and pages', () => {
    expect(asItems([1, 2])).toEqual([1, 2])
    expect(asItems({ items: [3], total: 1, page: 1, pageSize: 20 })).toEqual([3])
    expect(asItems(null)).toEqual([])
  })
  it('sorts numbers, text and puts empty values last', () => {
    expect(compareValues(2, 10)).toBeLessThan(0)
    expect(compareValues('', 'a')).toBeGreaterThan(0)
    const rows = [{ n: 3 }, { n: 1 }, { n: 2 }]
    expect(sortRows(rows, (r) => r.n, 'asc').map((r) => r.n)).toEqual([1, 2, 3])
    expect(sortRows(rows, (r) => r.n, 'desc').map((r) => r.n)).toEqual([3, 2, 1])
    expect(sortRows(rows, (r) => r.n, '')).toBe(rows)
  })
  it('pages and filters', () => {
    expect(pageRows([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4])
    expect(matchesText('ab', 'xxABy')).toBe(true)
    expect(matchesText('', 'x')).toBe(true)
    expect(matchesText('z', 'x', null)).toBe(false)
  })
  it('writes CSV with quoting and a BOM', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"']])).toBe('\ufeffa,b\r\n"x,y","say ""hi"""\r\n')
  })
})
