import { describe, expect, it } from 'vitest'
import { cleanPastedHtml } from './types'

describe('cleanPastedHtml', () => {
  it('drops Word markup and keeps the text', () => {
    const word =
      "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--><p class=MsoNormal style='mso-line-height-alt:12pt'><span lang=EN-US>云溪区<o:p></o:p></span></p>"
    expect(cleanPastedHtml(word)).toBe('<p><span>云溪区</span></p>')
  })
  it('leaves clean HTML alone', () => {
    expect(cleanPastedHtml('<p><strong>a</strong></p>')).toBe('<p><strong>a</strong></p>')
  })
})
