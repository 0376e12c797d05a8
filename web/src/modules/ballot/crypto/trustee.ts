// Scrutineer side: key share generation with its proof of possession, and partial decryption
// of the tally with Chaum–Pedersen proofs. The secret never leaves the device.
import { mulG, pointFromHex, pointHex, randomScalar, scalarFromHex, scalarHex } from './group'
import { provePartial, proveKey } from './proofs'
import type { PartialItem, TallyItem, TrusteeKey } from './types'

function checkIndex(index: number): void {
  if (!Number.isSafeInteger(index) || index < 1) throw new Error('trustee: index must be a positive integer')
}

function secretScalar(secretHex: string): bigint {
  const x = scalarFromHex(secretHex)
  if (x === 0n) throw new Error('trustee: zero secret')
  return x
}

export function generateTrusteeKey(voteUid: string, index: number): TrusteeKey {
  checkIndex(index)
  const x = randomScalar()
  const pub = mulG(x)
  const { c, s } = proveKey(voteUid, index, x, pub)
  return { secret: scalarHex(x), publicKey: pointHex(pub), proof: { c: scalarHex(c), s: scalarHex(s) } }
}

/** X = x·G as hex, to check that a restored backup matches the registered key. */
export function publicKeyOf(secretHex: string): string {
  return pointHex(mulG(secretScalar(secretHex)))
}

/** D_q = x·A_q with a proof, for every question of the tally. */
export function partialDecrypt(
  voteUid: string,
  index: number,
  secretHex: string,
  tally: TallyItem[],
): { items: PartialItem[] } {
  checkIndex(index)
  const x = secretScalar(secretHex)
  const pub = mulG(x)
  const items = tally.map((t): PartialItem => {
    const a = pointFromHex(t.a) // an empty tally (identity A) has nothing to decrypt
    pointFromHex(t.b, true)
    const { d, c, z } = provePartial(voteUid, index, x, pub, a)
    return { d: pointHex(d), proof: [scalarHex(c), scalarHex(z)] }
  })
  return { items }
}
