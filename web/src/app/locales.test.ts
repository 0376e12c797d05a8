import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

// Every key in zh-CN must exist in en and the other way round, for the app and each module,
// and every placeholder ({n}, {name}) must match, or a text would silently fall back.
const src = join(__dirname, '..')
const folders = [join(src, 'app/locales'), ...readdirSync(join(src, 'modules')).map((m) => join(src, 'modules', m, 'locales'))]

function flatten(obj: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v as Record<string, unknown>, key)) out.set(kk, vv)
    else out.set(key, String(v))
  }
  return out
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe.each(folders.map((f) => [f.slice(src.length + 1), f]))('locale parity: %s', (_name, folder) => {
  it('has both zh-CN.json and en.json', () => {
    expect(existsSync(join(folder, 'zh-CN.json'))).toBe(true)
    expect(existsSync(join(folder, 'en.json'))).toBe(true)
  })
  it('has the same keys and placeholders in both languages', () => {
    const zh = flatten(JSON.parse(readFileSync(join(folder, 'zh-CN.json'), 'utf8')))
    const en = flatten(JSON.parse(readFileSync(join(folder, 'en.json'), 'utf8')))
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([])
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([])
    for (const [k, v] of zh) expect(placeholders(en.get(k)!), k).toEqual(placeholders(v))
    for (const [k, v] of zh) expect(v.trim(), k).not.toBe('')
  })
})
