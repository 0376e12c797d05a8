// Zero-knowledge proofs of docs/VOTE-PROTOCOL.md: the disjunctive (CDS) membership proof,
// the Schnorr proof of key possession and the Chaum–Pedersen partial-decryption proof.
// Everything here works on parsed values (points, bigint scalars); hex lives in the callers.
import { Fn, G, type RPoint, mul, mulG, mulPublic, randomScalar, smallG } from './group'
import { H, u64le } from './hash'

export const TAG_MEMBER = 'md-vote-v1/member'
export const TAG_KEY = 'md-vote-v1/key'
export const TAG_PARTIAL = 'md-vote-v1/partial'

/** What a membership proof is bound to besides the ciphertext. */
export interface MemberContext {
  voteUid: string
  alias: string
  label: string // "q0", "q1", … or "sum"
  y: RPoint
  /** y's 32-byte encoding (encoding a point costs an inverse square root; do it once). */
  yBytes: Uint8Array
}

export type ScalarPair = [bigint, bigint]

function memberChallenge(
  ctx: MemberContext,
  a: RPoint,
  b: RPoint,
  allowed: readonly number[],
  commits: RPoint[],
): bigint {
  return H(
    TAG_MEMBER,
    ctx.voteUid,
    ctx.alias,
    ctx.label,
    ctx.yBytes,
    a.toBytes(),
    b.toBytes(),
    ...allowed.map((s) => u64le(s)),
    ...commits.map((p) => p.toBytes()),
  )
}

/**
 * Proves that (A, B) = (r·G, int(m)·G + r·Y) encrypts allowed[t] (m = allowed[t]).
 * The prover knows r, so a simulated branch j needs only fixed-base multiplications:
 * with u = z_j − c_j·r,  a_j = u·G  and  b_j = u·Y + c_j·(s_j − m)·G.
 */
export function proveMember(
  ctx: MemberContext,
  a: RPoint,
  b: RPoint,
  r: bigint,
  allowed: readonly number[],
  t: number,
): ScalarPair[] {
  const k = allowed.length
  if (!(t >= 0 && t < k)) throw new Error('choice not in the allowed set')
  const m = BigInt(allowed[t])
  const cs: bigint[] = new Array(k)
  const zs: bigint[] = new Array(k)
  const commits: RPoint[] = new Array(k)
  let sumOther = 0n
  for (let j = 0; j < k; j++) {
    if (j === t) continue
    const c = randomScalar()
    const u = randomScalar()
    cs[j] = c
    zs[j] = Fn.add(u, Fn.mul(c, r))
    commits[2 * j] = mulG(u)
    commits[2 * j + 1] = mul(ctx.y, u).add(mulG(Fn.mul(c, Fn.sub(Fn.create(BigInt(allowed[j])), Fn.create(m)))))
    sumOther = Fn.add(sumOther, c)
  }
  const w = randomScalar()
  commits[2 * t] = mulG(w)
  commits[2 * t + 1] = mul(ctx.y, w)
  const c = memberChallenge(ctx, a, b, allowed, commits)
  cs[t] = Fn.sub(c, sumOther)
  zs[t] = Fn.add(w, Fn.mul(cs[t], r))
  return cs.map((cj, j) => [cj, zs[j]] as ScalarPair)
}

/** Checks a membership proof: recompute every (a_j, b_j) and compare Σ c_j with the hash. */
export function verifyMember(
  ctx: MemberContext,
  a: RPoint,
  b: RPoint,
  allowed: readonly number[],
  proof: ScalarPair[],
): boolean {
  if (proof.length !== allowed.length) return false
  const commits: RPoint[] = []
  let sum = 0n
  for (let j = 0; j < allowed.length; j++) {
    const [c, z] = proof[j]
    const zG = mulPublic(G, z)
    commits.push(zG.subtract(mulPublic(a, c)))
    const shifted = b.subtract(smallG(allowed[j]))
    commits.push(mulPublic(ctx.y, z).subtract(mulPublic(shifted, c)))
    sum = Fn.add(sum, c)
  }
  return sum === memberChallenge(ctx, a, b, allowed, commits)
}

// ----- Schnorr proof of key possession -----
export function proveKey(voteUid: string, index: number, x: bigint, pub: RPoint): { c: bigint; s: bigint } {
  const k = randomScalar()
  const t = mulG(k)
  const c = H(TAG_KEY, voteUid, String(index), pub.toBytes(), t.toBytes())
  return { c, s: Fn.add(k, Fn.mul(c, x)) }
}

export function checkKey(voteUid: string, index: number, pub: RPoint, c: bigint, s: bigint): boolean {
  if (pub.is0()) return false
  const t = mulPublic(G, s).subtract(mulPublic(pub, c))
  return c === H(TAG_KEY, voteUid, String(index), pub.toBytes(), t.toBytes())
}

// ----- Chaum–Pedersen proof of a partial decryption D = x·A -----
function partialChallenge(voteUid: string, index: number, pub: RPoint, a: RPoint, d: RPoint, t1: RPoint, t2: RPoint) {
  return H(TAG_PARTIAL, voteUid, String(index), pub.toBytes(), a.toBytes(), d.toBytes(), t1.toBytes(), t2.toBytes())
}

export function provePartial(
  voteUid: string,
  index: number,
  x: bigint,
  pub: RPoint,
  a: RPoint,
): { d: RPoint; c: bigint; z: bigint } {
  const d = mul(a, x)
  const w = randomScalar()
  const t1 = mulG(w)
  const t2 = mul(a, w)
  const c = partialChallenge(voteUid, index, pub, a, d, t1, t2)
  return { d, c, z: Fn.add(w, Fn.mul(c, x)) }
}

export function checkPartial(
  voteUid: string,
  index: number,
  pub: RPoint,
  a: RPoint,
  d: RPoint,
  c: bigint,
  z: bigint,
): boolean {
  if (pub.is0() || a.is0() || d.is0()) return false
  const t1 = mulPublic(G, z).subtract(mulPublic(pub, c))
  const t2 = mulPublic(a, z).subtract(mulPublic(d, c))
  return c === partialChallenge(voteUid, index, pub, a, d, t1, t2)
}
