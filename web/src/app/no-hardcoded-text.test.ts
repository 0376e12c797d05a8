import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

// All UI text lives in locale files: a Chinese character in a view or script means a text
// that the English locale cannot translate. (Test files may use Chinese sample data.)
const src = join(__dirname, '..')
const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(vue|ts)$/.test(name) && !/\.test\.ts$|\.d\.ts$/.test(name) ? [path] : []
  })
}

describe('no hard-coded UI text', () => {
  it('has no Chinese characters in .vue and .ts sources', () => {
    const offenders = sources(src).filter((f) => CJK.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
    expect(offenders.map((f) => f.slice(src.length + 1))).toEqual([])
  })
})
