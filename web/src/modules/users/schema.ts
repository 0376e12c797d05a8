// Form rules for the user drawer, as pure checks so they can be unit-tested;
// the server applies the same rules and its field errors are shown too.

export const USERNAME_RE = /^[a-z0-9_.]{3,32}$/
export const PHONE_RE = /^1[3-9]\d{9}$/
export const DISPLAY_NAME_MAX = 32

export type RuleFailure = 'required' | 'format' | 'tooLong' | null

export function checkUsername(v: string): RuleFailure {
  if (!v) return 'required'
  return USERNAME_RE.test(v) ? null : 'format'
}

export function checkDisplayName(v: string): RuleFailure {
  const s = v.trim()
  if (!s) return 'required'
  return Array.from(s).length > DISPLAY_NAME_MAX ? 'tooLong' : null
}

/** Optional: empty is fine, otherwise an 11-digit mainland mobile number. */
export function checkPhone(v: string): RuleFailure {
  if (!v) return null
  return PHONE_RE.test(v) ? null : 'format'
}
