// JSON shapes of docs/VOTE-PROTOCOL.md as the browser sends and receives them (all hex lowercase).
export type Form = 'options3' | 'pick'
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
/** [0, 1, …, maxPicks]: what the pick form's sum proof allows. */
export const pickSumValues = (maxPicks: number): number[] => Array.from({ length: maxPicks + 1 }, (_, i) => i)
export const itemLabel = (q: number): string => `q${q}`
export const SUM_LABEL = 'sum'
