import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

// Printed documents share one stylesheet (print.css): A4 pages with the filed-paperwork
// margins and "page / pages" numbers. Each document view uses it, has a 打印 button, and
// heads the sheet with PrintHeader (organization, title, date in Chinese form).
const src = join(__dirname, '../..')
const css = readFileSync(join(__dirname, 'print.css'), 'utf8')
const DOCUMENT_VIEWS = [
  'modules/orglife/views/MeetingPrintView.vue',
  'modules/ballot/views/ResultPrintView.vue',
  'modules/union/views/ResultPrintView.vue',
  'modules/evaluation/views/NoticeView.vue',
  'modules/dues/views/NoticeView.vue',
  'modules/donations/views/AcknowledgementView.vue',
  'modules/receptions/views/DutyRecordPrintView.vue',
]

function vueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return vueFiles(path)
    return name.endsWith('.vue') ? [path] : []
  })
}

describe('print stylesheet', () => {
  it('prints documents on A4 with 20 × 18 mm margins and page numbers', () => {
    const page = /@page md-doc \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? ''
    expect(page).toMatch(/size: A4/)
    expect(page).toMatch(/margin: 20mm 18mm;/)
    expect(page).toMatch(/@bottom-center \{[^}]*content: counter\(page\) " \/ " counter\(pages\)/)
  })
  it('keeps rows and signatures whole and headings with their content', () => {
    expect(css).toMatch(/\.print-doc tr,[\s\S]*?break-inside: avoid/)
    expect(css).toMatch(/\.print-doc h1,[\s\S]*?break-after: avoid/)
    expect(css).toMatch(/--md-print-serif: "FangSong"/)
  })
  // (The annual report is a bound booklet with its own page setup, added while it is shown.)
  it('is the only place that sets up printed pages', () => {
    const own = vueFiles(join(src, 'modules'))
      .filter((f) => !f.includes('/modules/report/'))
      .filter((f) => /@page\b/.test(readFileSync(f, 'utf8')))
    expect(own.map((f) => f.slice(src.length + 1))).toEqual([])
  })
  it.each(DOCUMENT_VIEWS)('%s prints as a document with a print button and the header', (file) => {
    const text = readFileSync(join(src, file), 'utf8')
    expect(text).toContain('print-doc')
    expect(text).toContain('window.print()')
    expect(text).toMatch(/<PrintHeader\b/)
  })
})
