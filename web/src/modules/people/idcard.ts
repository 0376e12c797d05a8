// Mainland resident ID numbers (GB 11643-1999): 6-digit region, 8-digit birth date
// (YYYYMMDD), 3-digit sequence (odd = male, even = female) and a check character computed
// with ISO 7064 MOD 11-2. Pure functions, so the form and the tests share them.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export type Gender = 'M' | 'F'

export interface IdCardInfo {
  /** YYYY-MM-DD */
  birthDate: string
  gender: Gender
}

/** The check character for the first 17 digits, or null when they are not 17 digits. */
export function idCardCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

/** Normalises the typed value: trims spaces, upper-case X. */
export function normalizeIdCard(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase()
}

export type IdCardFailure = 'required' | 'length' | 'format' | 'birthDate' | 'checksum' | null

/** Why an ID number is not valid (null when it is). `today` as YYYY-MM-DD bounds the birth date. */
export function checkIdCard(value: string, today?: string): IdCardFailure {
  const v = normalizeIdCard(value)
  if (!v) return 'required'
  if (v.length !== 18) return 'length'
  if (!/^\d{17}[\dX]$/.test(v)) return 'format'
  const y = Number(v.slice(6, 10))
  const m = Number(v.slice(10, 12))
  const d = Number(v.slice(12, 14))
  if (y < 1800 || !isCalendarDate(y, m, d)) return 'birthDate'
  if (today && `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}` > today) return 'birthDate'
  if (idCardCheckChar(v.slice(0, 17)) !== v[17]) return 'checksum'
  return null
}

export function isValidIdCard(value: string, today?: string): boolean {
  return checkIdCard(value, today) === null
}

/** Birth date and gender encoded in a valid ID number; null when the number is invalid. */
export function idCardInfo(value: string): IdCardInfo | null {
  const v = normalizeIdCard(value)
  if (!isValidIdCard(v)) return null
  return {
    birthDate: `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`,
    gender: Number(v[16]) % 2 === 1 ? 'M' : 'F',
  }
}
