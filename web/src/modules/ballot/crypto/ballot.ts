// Ballot encryption in the browser, the ballot hash (the voter's receipt) and the receipt code.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js'
import { Fn, type RPoint, ZERO, isHex64, keyPoint, mul, mulG, pointHex, randomScalar, scalarHex, smallG } from './group'
import { lengthPrefixed, textBytes } from './hash'
import { type MemberContext, proveMember, type ScalarPair } from './proofs'
import {
  type BallotItem,
  type BallotJson,
  type Form,
  type Pair,
  allowedValues,
  SUM_LABEL,
  itemLabel,
  pickSumValues,
} from './types'

const pairHex = ([c, z]: ScalarPair): Pair => [scalarHex(c), scalarHex(z)]

/** Checks the choices against the form and returns, per item, the index into its allowed set. */
function choiceIndexes(form: Form, choices: number[], maxPicks: number | undefined): number[] {
  if (!Array.isArray(choices) || choices.length === 0) throw new Error('ballot: no choices')
  const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)
  if (form === 'options3' || form === 'grades') {
    const last = allowedValues(form).length - 1
    for (const v of choices) if (!isInt(v) || v < 0 || v > last) throw new Error('ballot: option index out of range')
    return choices.slice()
  }
  if (form === 'pick') {
    if (!isInt(maxPicks) || maxPicks < 1) throw new Error('ballot: maxPicks required for the pick form')
    for (const v of choices) if (v !== 0 && v !== 1) throw new Error('ballot: a pick is 0 or 1')
    const picked = choices.reduce((n, v) => n + v, 0)
    if (picked > maxPicks) throw new Error('ballot: more picks than allowed')
    return choices.slice() // allowed [0, 1]: index = value
  }
  throw new Error('ballot: unknown form')
}

/**
 * Encrypts one voter's choices under the vote public key Y with every proof.
 * options3: choices[i] = option index 0|1|2 for question i; grades: 0..4 (优秀 … 弃权) per person;
 * pick: choices[i] = 0|1 per candidate.
 */
export function encryptBallot(
  voteUid: string,
  publicKeyHex: string,
  form: Form,
  choices: number[],
  maxPicks?: number,
): { ballot: BallotJson; hash: string } {
  if (typeof voteUid !== 'string' || voteUid.length === 0) throw new Error('ballot: voteUid required')
  const indexes = choiceIndexes(form, choices, maxPicks)
  const y = keyPoint(publicKeyHex)
  const yBytes = hexToBytes(publicKeyHex)
  const alias = bytesToHex(randomBytes(16))
  const allowed = allowedValues(form)
  const items: BallotItem[] = []
  let rSum = 0n
  let aSum: RPoint = ZERO
  let bSum: RPoint = ZERO
  let mSum = 0
  indexes.forEach((t, q) => {
    const m = allowed[t]
    const r = randomScalar()
    const a = mulG(r)
    const rY = mul(y, r)
    const b = m === 0 ? rY : rY.add(smallG(m))
    const ctx: MemberContext = { voteUid, alias, label: itemLabel(q), y, yBytes }
    const proof = proveMember(ctx, a, b, r, allowed, t)
    items.push({ a: pointHex(a), b: pointHex(b), proof: proof.map(pairHex) })
    if (form === 'pick') {
      rSum = Fn.add(rSum, r)
      aSum = aSum.add(a)
      bSum = bSum.add(b)
      mSum += m
    }
  })
  let sum: BallotJson['sum'] = null
  if (form === 'pick') {
    const ctx: MemberContext = { voteUid, alias, label: SUM_LABEL, y, yBytes }
    const proof = proveMember(ctx, aSum, bSum, rSum, pickSumValues(maxPicks as number), mSum)
    sum = { proof: proof.map(pairHex) }
  }
  const ballot: BallotJson = { voteUid, alias, items, sum }
  return { ballot, hash: ballotHash(ballot) }
}

function raw32(hex: unknown): Uint8Array {
  if (!isHex64(hex)) throw new Error('ballot: bad 32-byte hex field')
  return hexToBytes(hex)
}

/**
 * SHA-256 over lp("md-ballot-v1") ‖ lp(voteUid) ‖ lp(alias) ‖ per item A ‖ B ‖ c_0 ‖ z_0 ‖ …
 * ‖ (pick: "sum" ‖ c_0 ‖ z_0 ‖ …), as 64 lowercase hex. Throws on a malformed ballot.
 */
export function ballotHash(ballot: BallotJson): string {
  if (!ballot || typeof ballot.voteUid !== 'string' || typeof ballot.alias !== 'string') throw new Error('ballot: malformed')
  if (!Array.isArray(ballot.items)) throw new Error('ballot: malformed')
  const h = sha256.create()
  h.update(lengthPrefixed(['md-ballot-v1', ballot.voteUid, ballot.alias]))
  for (const item of ballot.items) {
    h.update(raw32(item.a))
    h.update(raw32(item.b))
    for (const [c, z] of item.proof) {
      h.update(raw32(c))
      h.update(raw32(z))
    }
  }
  if (ballot.sum) {
    h.update(textBytes('sum'))
    for (const [c, z] of ballot.sum.proof) {
      h.update(raw32(c))
      h.update(raw32(z))
    }
  }
  return bytesToHex(h.digest())
}

/** The receipt code shown to the voter: the hash's first 16 hex characters grouped by 4. */
export function receiptCode(hash: string): string {
  const h = String(hash).toLowerCase()
  if (!/^[0-9a-f]{16,64}$/.test(h)) throw new Error('receipt: bad hash')
  return [0, 4, 8, 12].map((i) => h.slice(i, i + 4)).join('-')
}
