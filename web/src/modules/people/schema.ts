// Form rules for the person drawer as pure checks (the server applies the same rules and
// answers field errors that the drawer shows as well).
import { checkIdCard, idCardInfo, type Gender } from './idcard'
import { PARTY_STATUSES, type PoliticalStatus } from './types'

export const PHONE_RE = /^1[3-9]\d{9}$/
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

export type RuleFailure = 'required' | 'format' | 'future' | 'notMember' | 'birthMismatch' | 'genderMismatch' | null

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** Today in China (UTC+8) as YYYY-MM-DD. */
export function chinaToday(now = Date.now()): string {
  const d = new Date(now + 8 * 3600 * 1000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

export function checkPhone(v: string): RuleFailure {
  if (!v) return null
  return PHONE_RE.test(v) ? null : 'format'
}

/** A date that may be empty (unless required) and must not lie after today. */
export function checkPastDate(v: string | null | undefined, today: string, required = false): RuleFailure {
  if (!v) return required ? 'required' : null
  if (!DATE_RE.test(v)) return 'format'
  return v > today ? 'future' : null
}

export function isPartyMember(status: string): boolean {
  return (PARTY_STATUSES as string[]).includes(status)
}

/** The joined-Party date is only for 中共党员 / 预备党员 (and not in the future). */
export function checkJoinedParty(v: string | null | undefined, status: PoliticalStatus | '', today: string): RuleFailure {
  if (!v) return null
  if (!isPartyMember(status)) return 'notMember'
  return checkPastDate(v, today)
}

export { checkIdCard }

/** Birth date and gender typed by hand must agree with the ID number when it is valid. */
export function checkAgainstIdCard(idCard: string, birthDate: string, gender: Gender | ''): RuleFailure {
  const info = idCardInfo(idCard)
  if (!info) return null
  if (birthDate && birthDate !== info.birthDate) return 'birthMismatch'
  if (gender && gender !== info.gender) return 'genderMismatch'
  return null
}
