// Shapes of server/modules/learning/README.md, and the pure helpers the pages share.

export interface Plan {
  id: number
  year: number
  orgUnitId: number
  orgUnitName: string
  title: string
  content: string
  plannedHours: number
  createdBy: string
  createdAt: number
  updatedAt: number
}

export interface PlanInput {
  year: number
  orgUnitId: number
  title: string
  content: string
  plannedHours: number
}

export interface Law {
  id: number
  month: string
  title: string
  summary: string
  materials: string
  studiedCount: number
  hasQuiz: boolean
  passMark: number | null
  isCurrent: boolean
  myMinutes: number
  myBestScore: number | null
  myPassed: boolean | null
  createdAt: number
  updatedAt: number
}

export interface LawList {
  year: number
  currentMonth: string
  canEdit: boolean
  hasPerson: boolean
  items: Law[]
}

export interface LawInput {
  month: string
  title: string
  summary: string
  materials: string
}

export type QuestionKind = 'single' | 'multiple'

export interface Question {
  text: string
  kind: QuestionKind
  options: string[]
  /** Only for those who may edit the quiz. */
  answer?: number[]
}

export interface Quiz {
  passMark: number
  questionCount: number
  questions: Question[]
  updatedAt: number
}

export interface QuizInput {
  passMark: number
  questions: Array<Required<Question>>
}

export interface LawRecord {
  personId: number
  name: string
  minutes: number
  studiedOn: string
  bestScore: number | null
  passed: boolean | null
}

export interface LawDetail {
  id: number
  month: string
  title: string
  summary: string
  materials: string
  studiedCount: number
  isCurrent: boolean
  canEdit: boolean
  hasPerson: boolean
  hasQuiz: boolean
  quiz: Quiz | null
  myMinutes: number
  myLastStudiedOn: string | null
  myAttempts: number
  myBestScore: number | null
  myPassed: boolean | null
  /** Who studied it: officers only. */
  records?: LawRecord[]
}

export interface StudyInput {
  minutes: number
  studiedOn: string
}

export interface StudyResult {
  id: number
  lawId: number
  minutes: number
  studiedOn: string
  myMinutes: number
}

export interface AttemptResult {
  score: number
  passed: boolean
  correct: number
  total: number
  passMark: number
  right: boolean[]
}

export interface PersonHours {
  personId: number
  name: string
  branchId: number | null
  branch: string
  minutes: number
  hours: number
}

export interface BranchHours {
  orgUnitId: number
  name: string
  members: number
  minutes: number
  hours: number
  hoursPerMember: number
}

export interface HoursReport {
  year: number
  people: PersonHours[]
  branches: BranchHours[]
  totals: { people: number; minutes: number; hours: number; hoursPerPerson: number }
}

export interface MyLaw {
  id: number
  month: string
  title: string
  minutes: number
  lastStudiedOn: string | null
  hasQuiz: boolean
  attempts: number
  bestScore: number | null
  passed: boolean | null
}

export interface MyRecord {
  id: number
  lawId: number | null
  planId: number | null
  title: string
  minutes: number
  studiedOn: string
}

export interface MyLearning {
  year: number
  hasPerson: boolean
  minutes: number
  hours: number
  lawsTotal: number
  lawsStudied: number
  quizzesPassed: number
  laws: MyLaw[]
  records: MyRecord[]
}

// ----- Limits (the server checks the same) -----
export const MAX_QUESTIONS = 50
export const MIN_OPTIONS = 2
export const MAX_OPTIONS = 8
export const MAX_STUDY_MINUTES = 600
export const MINUTE_CHOICES = [15, 30, 45, 60, 90, 120]

// ----- Months -----

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** "2026-03" for year 2026 and month 3. */
export function monthKey(year: number, month: number): string {
  return `${year}-${pad(month)}`
}

/** The month number (1–12) of "2026-03". */
export function monthNumber(month: string): number {
  return Number(month.slice(5, 7))
}

export interface MonthSlot {
  month: string
  number: number
  law: Law | null
  /** past | current | future relative to `currentMonth` */
  when: 'past' | 'current' | 'future'
}

/** Twelve slots for the year's timeline: each month with its law, if one is set. */
export function yearTimeline(year: number, laws: Law[], currentMonth: string): MonthSlot[] {
  const byMonth = new Map(laws.map((l) => [l.month, l]))
  const out: MonthSlot[] = []
  for (let m = 1; m <= 12; m++) {
    const key = monthKey(year, m)
    out.push({
      month: key,
      number: m,
      law: byMonth.get(key) ?? null,
      when: key < currentMonth ? 'past' : key === currentMonth ? 'current' : 'future',
    })
  }
  return out
}

/** The first month of the year without a law (for a new law), or the current one. */
export function nextFreeMonth(year: number, laws: Law[], currentMonth: string): string {
  const taken = new Set(laws.map((l) => l.month))
  if (currentMonth.startsWith(`${year}-`) && !taken.has(currentMonth)) return currentMonth
  for (let m = 1; m <= 12; m++) if (!taken.has(monthKey(year, m))) return monthKey(year, m)
  return monthKey(year, 1)
}

/** Today in China (UTC+8) as YYYY-MM-DD. */
export function chinaToday(now = Date.now()): string {
  const d = new Date(now + 8 * 3600 * 1000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

// ----- Hours -----

/** Minutes as hours with one decimal, rounded half up, as the server does (95 → "1.6"). */
export function formatHours(minutes: number): string {
  const tenths = minutes <= 0 ? 0 : Math.floor((minutes + 3) / 6)
  return (tenths / 10).toFixed(1)
}

/** A number of hours the server sent (one decimal) as text ("1.0", "12.5"). */
export function hoursText(hours: number): string {
  return hours.toFixed(1)
}

// ----- Materials -----

export interface TextPart {
  text: string
  href?: string
}

// Stops at spaces, quotes and the Chinese punctuation ，。；、） that ends a sentence.
const URL_RE = /https?:\/\/[^\s<>"'\uff0c\u3002\uff1b\u3001\uff09)]+/g

/** Splits a line of materials into plain text and http(s) links (nothing else becomes a link). */
export function linkify(line: string): TextPart[] {
  const out: TextPart[] = []
  let last = 0
  for (const m of line.matchAll(URL_RE)) {
    const start = m.index ?? 0
    if (start > last) out.push({ text: line.slice(last, start) })
    out.push({ text: m[0], href: m[0] })
    last = start + m[0].length
  }
  if (last < line.length) out.push({ text: line.slice(last) })
  return out
}

// ----- Quizzes -----

/** A blank question for the editor. */
export function blankQuestion(kind: QuestionKind = 'single'): Required<Question> {
  return { text: '', kind, options: ['', ''], answer: [] }
}

/** A problem with the quiz being edited, as the server would report it (question is 1-based). */
export interface QuizProblem {
  code: 'count' | 'text' | 'options' | 'single' | 'answer'
  question?: number
}

export function quizProblem(questions: Array<Required<Question>>): QuizProblem | null {
  if (questions.length < 1 || questions.length > MAX_QUESTIONS) return { code: 'count' }
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]
    const n = i + 1
    if (!q.text.trim() || [...q.text].length > 500) return { code: 'text', question: n }
    if (q.options.length < MIN_OPTIONS || q.options.length > MAX_OPTIONS) return { code: 'options', question: n }
    if (q.options.some((o) => !o.trim() || [...o].length > 200)) return { code: 'options', question: n }
    if (!q.answer.length || q.answer.some((a) => a < 0 || a >= q.options.length) || new Set(q.answer).size !== q.answer.length) {
      return { code: 'answer', question: n }
    }
    if (q.kind === 'single' && q.answer.length !== 1) return { code: 'single', question: n }
  }
  return null
}

/** The answer after removing option `index` (later indexes shift down). */
export function answerWithoutOption(answer: number[], index: number): number[] {
  return answer.filter((a) => a !== index).map((a) => (a > index ? a - 1 : a))
}

/** Switching a question to single choice keeps at most its first right option. */
export function answerForKind(answer: number[], kind: QuestionKind): number[] {
  return kind === 'single' ? answer.slice(0, 1) : answer
}

/** One empty answer per question. */
export function emptyAnswers(count: number): number[][] {
  return Array.from({ length: count }, () => [])
}

/** True when every question has at least one option chosen. */
export function allAnswered(answers: number[][]): boolean {
  return answers.length > 0 && answers.every((a) => a.length > 0)
}

/** Sorted option indexes (the checkbox group may give them in click order). */
export function sortedChoice(choice: number[]): number[] {
  return [...new Set(choice)].sort((a, b) => a - b)
}

/** Letters for option labels: 0 → A. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index)
}
