// Verifiers for everything the browser may be shown: key proofs, ballots, partial decryptions.
// They return false (never throw) on anything malformed. The server checks ballots in C++;
// these are for the voter's own check and for audits in the browser.
import { keyPoint, pointFromHex, type RPoint, scalarFromHex, ZERO } from './group'
import { checkKey, checkPartial, type MemberContext, type ScalarPair, verifyMember } from './proofs'
import {
  type BallotJson,
  type Form,
  type PartialItem,
  SUM_LABEL,
  allowedValues,
  type TallyItem,
  itemLabel,
  pickSumValues,
} from './types'

const ALIAS = /^[0-9a-f]{32}$/

function parsePairs(proof: unknown, count: number): ScalarPair[] {
  if (!Array.isArray(proof) || proof.length !== count) throw new Error('bad proof length')
  return proof.map((pair: unknown): ScalarPair => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new Error('bad proof pair')
    return [scalarFromHex(pair[0]), scalarFromHex(pair[1])]
  })
}

const validIndex = (index: number) => Number.isSafeInteger(index) && index >= 1

export function verifyKey(voteUid: string, index: number, publicKeyHex: string, proof: { c: string; s: string }): boolean {
  try {
    if (!validIndex(index) || !proof) return false
    return checkKey(voteUid, index, pointFromHex(publicKeyHex), scalarFromHex(proof.c), scalarFromHex(proof.s))
  } catch {
    return false
  }
}

export function verifyBallot(
  ballot: BallotJson,
  voteUid: string,
  publicKeyHex: string,
  form: Form,
  questions: number,
  maxPicks?: number,
): boolean {
  try {
    if (!ballot || typeof ballot !== 'object') return false
    if (typeof voteUid !== 'string' || ballot.voteUid !== voteUid) return false
    if (typeof ballot.alias !== 'string' || !ALIAS.test(ballot.alias)) return false
    if (!Number.isSafeInteger(questions) || questions < 1) return false
    if (!Array.isArray(ballot.items) || ballot.items.length !== questions) return false
    if (form !== 'options3' && form !== 'pick' && form !== 'grades') return false
    if (form === 'pick' && (!Number.isSafeInteger(maxPicks) || (maxPicks as number) < 1)) return false
    const y = keyPoint(publicKeyHex)
    const yBytes = y.toBytes()
    const allowed = allowedValues(form)
    let aSum: RPoint = ZERO
    let bSum: RPoint = ZERO
    for (let q = 0; q < questions; q++) {
      const item = ballot.items[q]
      if (!item || typeof item !== 'object') return false
      const a = pointFromHex(item.a)
      const b = pointFromHex(item.b)
      const proof = parsePairs(item.proof, allowed.length)
      const ctx: MemberContext = { voteUid, alias: ballot.alias, label: itemLabel(q), y, yBytes }
      if (!verifyMember(ctx, a, b, allowed, proof)) return false
      aSum = aSum.add(a)
      bSum = bSum.add(b)
    }
    if (form !== 'pick') return ballot.sum === null || ballot.sum === undefined
    if (!ballot.sum || typeof ballot.sum !== 'object') return false
    const sumAllowed = pickSumValues(maxPicks as number)
    const proof = parsePairs(ballot.sum.proof, sumAllowed.length)
    const ctx: MemberContext = { voteUid, alias: ballot.alias, label: SUM_LABEL, y, yBytes }
    return verifyMember(ctx, aSum, bSum, sumAllowed, proof)
  } catch {
    return false
  }
}

export function verifyPartial(voteUid: string, index: number, publicKeyHex: string, t: TallyItem, p: PartialItem): boolean {
  try {
    if (!validIndex(index) || !t || !p || !Array.isArray(p.proof) || p.proof.length !== 2) return false
    const pub = pointFromHex(publicKeyHex)
    const a = pointFromHex(t.a)
    pointFromHex(t.b, true)
    const d = pointFromHex(p.d)
    return checkPartial(voteUid, index, pub, a, d, scalarFromHex(p.proof[0]), scalarFromHex(p.proof[1]))
  } catch {
    return false
  }
}
