// Browser side of the verifiable secret ballot (docs/VOTE-PROTOCOL.md, version 1):
// exponential ElGamal over ristretto255 with @noble/curves; byte-exact with server/platform/ballot.
export type { Form, Pair, BallotItem, BallotJson, TrusteeKey, TallyItem, PartialItem } from './types'
export { encryptBallot, receiptCode, ballotHash } from './ballot'
export { generateTrusteeKey, publicKeyOf, partialDecrypt } from './trustee'
export { verifyKey, verifyBallot, verifyPartial } from './verify'
