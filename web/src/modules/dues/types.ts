// Party dues (R4.3): money is integer fen on the wire; the forms take yuan.

export type DuesCategory = 'office' | 'retiree' | 'student' | 'farmer' | 'hardship'
export type DuesChannel = 'cash' | 'transfer' | 'wechat' | 'other'
export const CATEGORIES: DuesCategory[] = ['office', 'retiree', 'student', 'farmer', 'hardship']
export const CHANNELS: DuesChannel[] = ['cash', 'transfer', 'wechat', 'other']

export interface DuesRow {
  personId: number
  name: string
  branchId: number | null
  branch: string
  category: DuesCategory | null
  baseFen: number | null
  dueFen: number | null
  paid: boolean
  arrearsMonths: number
  arrearsFen: number
}

export interface DuesList {
  items: DuesRow[]
  total: number
  page: number
  pageSize: number
  month: string
  totals: { people: number; paid: number; dueFen: number; arrearsFen: number }
}

export interface DuesBase {
  id: number
  category: DuesCategory
  baseFen: number
  fixedFen: number | null
  monthlyDueFen: number
  effectiveMonth: string
  note: string
  createdBy: string | null
  createdAt: number
}

export interface DuesPayment {
  id: number
  paidOn: string
  fromMonth: string
  toMonth: string
  amountFen: number
  channel: DuesChannel
  receiptNo: string
  recordedBy: string | null
  recordedAt: number
}

export interface PersonDues {
  personId: number
  name: string
  currentMonth: string
  category: DuesCategory | null
  baseFen: number | null
  monthlyDueFen: number | null
  bases: DuesBase[]
  payments: DuesPayment[]
  months: { month: string; dueFen: number; paid: boolean }[]
  arrears: { months: string[]; count: number; amountFen: number }
}

export interface MyDues extends Partial<PersonDues> {
  hasPerson: boolean
  currentMonth: string
}

export interface BaseInput {
  category: DuesCategory
  baseFen: number
  fixedFen?: number | null
  effectiveMonth: string
  note?: string
}

export interface PaymentInput {
  paidOn: string
  fromMonth: string
  toMonth: string
  amountFen: number
  channel: DuesChannel
  receiptNo: string
}

export interface PaymentResult extends PaymentInput {
  id: number
  months: number
  dueFen: number
  differenceFen: number
  backPaymentWarning: boolean
  alreadyPaidMonths: string[]
}

export interface Notice {
  orgUnitId: number
  name: string
  year: number
  people: { personId: number; name: string; monthsPaid: number; amountFen: number; amount: string }[]
  totals: { people: number; monthsPaid: number; amountFen: number; amount: string }
}

/** 123456 fen → "1234.56". */
export function yuanText(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return ''
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(fen))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** "1234.5" yuan → 123450 fen, exactly (no floating point); null when not a money amount. */
export function yuanToFen(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:\.(\d{0,2}))?\s*$/.exec(text)
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

/** Is "YYYY-MM" a month (2000–2100)? */
export function isMonth(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(s)
  return !!m && Number(m[1]) >= 2000 && Number(m[1]) <= 2100 && Number(m[2]) >= 1 && Number(m[2]) <= 12
}

/** This month in China (UTC+8), "YYYY-MM". */
export function currentMonth(now = Date.now()): string {
  return new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 7)
}

/** Today in China (UTC+8), "YYYY-MM-DD". */
export function chinaToday(now = Date.now()): string {
  return new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 10)
}

/** The month `n` months after "YYYY-MM" (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const i = y * 12 + (m - 1) + n
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
}
