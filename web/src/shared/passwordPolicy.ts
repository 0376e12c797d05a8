// Client-side hint mirroring the server's password policy: at least 8 characters and at
// least 3 of the 4 classes (lower case, upper case, digit, symbol). The server decides;
// this only tells the user early.

export const MIN_LENGTH = 8
export const MIN_CLASSES = 3

export interface PasswordStrength {
  lengthOk: boolean
  lower: boolean
  upper: boolean
  digit: boolean
  symbol: boolean
  classCount: number
  /** Meets the policy. */
  ok: boolean
  level: 'weak' | 'medium' | 'strong'
}

export function passwordStrength(password: string): PasswordStrength {
  const chars = Array.from(password)
  const lower = chars.some((c) => c >= 'a' && c <= 'z')
  const upper = chars.some((c) => c >= 'A' && c <= 'Z')
  const digit = chars.some((c) => c >= '0' && c <= '9')
  // Anything that is not an ASCII letter or digit counts as a symbol (incl. spaces, CJK).
  const symbol = chars.some((c) => !/[A-Za-z0-9]/.test(c))
  const classCount = [lower, upper, digit, symbol].filter(Boolean).length
  const lengthOk = chars.length >= MIN_LENGTH
  const ok = lengthOk && classCount >= MIN_CLASSES
  const level = !ok ? 'weak' : chars.length >= 12 && classCount === 4 ? 'strong' : 'medium'
  return { lengthOk, lower, upper, digit, symbol, classCount, ok, level }
}
