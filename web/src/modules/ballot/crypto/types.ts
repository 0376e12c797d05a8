// JSON shapes of docs/VOTE-PROTOCOL.md as the browser sends and receives them (all hex lowercase).
export type Form = 'options3' | 'pick' | 'grades'
/** [c, z] hex scalars. */
export type Pair = [string, string]
export interface BallotItem {
  a: string
  b: string
  proof: Pair[]
}
export interface BallotJson {
  voteUid: string
  alias: string
  items: BallotItem[]
  sum: null | { proof: Pair[] }
}
export interface TrusteeKey {
  secret: string
  publicKey: string
  proof: { c: string; s: string }
}
export interface TallyItem {
  a: string
  b: string
}
export interface PartialItem {
  d: string
  proof: Pair
}

/** The allowed plaintexts of one question's ciphertext, in option order. */
export const OPTIONS3_VALUES: readonly number[] = [1, 4096, 0]
export const PICK_VALUES: readonly number[] = [0, 1]
/** 优秀, 合格, 基本合格, 不合格, 弃权 — the peer ballot of a democratic evaluation. */
export const GRADES_VALUES: readonly number[] = [1, 4096, 4096 ** 2, 4096 ** 3, 0]

/** The allowed plaintexts of one question of a form. */
export function allowedValues(form: Form): readonly number[] {
  if (form === 'options3') return OPTIONS3_VALUES
  if (form === 'grades') return GRADES_VALUES
  return PICK_VALUES
}
/** [0, 1, …, maxPicks]: what the pick form's sum proof allows. */
export const pickSumValues = (maxPicks: number): number[] => Array.from({ length: maxPicks + 1 }, (_, i) => i)
export const itemLabel = (q: number): string => `q${q}`
export const SUM_LABEL = 'sum'
