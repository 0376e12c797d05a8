import type { ApiError } from '@/app/http'

/**
 * Which form field a refusal of the people/membership endpoints is about. The server names
 * the field for 422 rule failures; a few refusals come as 409 with only a code, and the
 * ID-number cross-checks name `idCard` while the value to fix may be the birth date or gender.
 */
export const CODE_FIELDS: Record<string, string[]> = {
  'org.already_member': ['orgUnitId'],
  'org.unit_retired': ['orgUnitId', 'toUnitId'],
  'org.primary_exists': ['isPrimary'],
  'org.same_unit': ['toUnitId'],
  'people.id_card_birth_mismatch': ['idCard', 'birthDate'],
  'people.id_card_gender_mismatch': ['idCard', 'gender'],
  'people.id_card_duplicate': ['idCard'],
}

/**
 * Field messages keyed by field name (the server's own field plus the ones CODE_FIELDS adds,
 * restricted to `known` when given), and `other`: the message when nothing could be placed.
 */
export function placeErrors(e: ApiError, known?: string[]): { fields: Record<string, string>; other: string } {
  const fields: Record<string, string> = {}
  const put = (field: string, message: string) => {
    if (known && !known.includes(field)) return false
    if (!fields[field]) fields[field] = message
    return true
  }
  let placed = false
  for (const f of e.fields) {
    const targets = [f.field, ...(CODE_FIELDS[f.code] ?? [])]
    for (const target of targets) if (put(target, f.message)) placed = true
  }
  if (!e.fields.length) for (const target of CODE_FIELDS[e.code] ?? []) if (put(target, e.message)) placed = true
  const other = placed ? '' : e.fields.length ? e.fields.map((f) => f.message).join('; ') : e.message
  return { fields, other }
}

export function membershipErrors(e: ApiError) {
  return placeErrors(e, ['orgUnitId', 'role', 'isPrimary', 'startedOn'])
}
