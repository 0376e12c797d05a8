// ristretto255 group helpers: strict hex codecs, scalar arithmetic mod L, and the
// fixed-base multiplication tables (G, and one cached table per public key Y).
// docs/VOTE-PROTOCOL.md "Notation and encodings".
import { ristretto255 } from '@noble/curves/ed25519.js'
import { bytesToNumberLE, numberToBytesLE } from '@noble/curves/utils.js'
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js'

export const Point = ristretto255.Point
export type RPoint = InstanceType<typeof Point>
export const Fn = Point.Fn
/** Group order L = 2^252 + 27742317777372353535851937790883648493. */
export const L: bigint = Fn.ORDER
/**
 * The generator with its own wider (W = 8) multiplication table, built on first use (~30 ms):
 * fixed-base multiplications are most of a ballot's cost. A copy, so noble's shared BASE
 * (also ed25519's base point) keeps its default table.
 */
export const G: RPoint = Point.fromBytes(Point.BASE.toBytes()).precompute(8, true)
export const ZERO: RPoint = Point.ZERO

const HEX64 = /^[0-9a-f]{64}$/

export const isHex64 = (v: unknown): v is string => typeof v === 'string' && HEX64.test(v)

/** A canonical point from 64 lowercase hex; throws otherwise (and on the identity unless allowed). */
export function pointFromHex(hex: unknown, allowIdentity = false): RPoint {
  if (!isHex64(hex)) throw new Error('bad point encoding')
  const p = Point.fromBytes(hexToBytes(hex)) // rejects non-canonical / invalid encodings
  if (!allowIdentity && p.is0()) throw new Error('identity point')
  return p
}

/** A canonical scalar (< L) from 64 lowercase hex (little-endian); throws otherwise. */
export function scalarFromHex(hex: unknown): bigint {
  if (!isHex64(hex)) throw new Error('bad scalar encoding')
  const s = bytesToNumberLE(hexToBytes(hex))
  if (s >= L) throw new Error('non-canonical scalar')
  return s
}

export const scalarBytes = (s: bigint): Uint8Array => numberToBytesLE(Fn.create(s), 32)
export const scalarHex = (s: bigint): string => bytesToHex(scalarBytes(s))
export const pointHex = (p: RPoint): string => bytesToHex(p.toBytes())

/** Uniform non-zero scalar: 64 random bytes reduced mod L. */
export function randomScalar(): bigint {
  for (;;) {
    const s = Fn.create(bytesToNumberLE(randomBytes(64)))
    if (s !== 0n) return s
  }
}

/** s·P for a secret s (constant-time ladder; uses P's precomputed table when it has one). */
export function mul(p: RPoint, s: bigint): RPoint {
  const k = Fn.create(s)
  return k === 0n ? ZERO : p.multiply(k)
}
/** s·P for public data (verification): faster, not constant-time. */
export function mulPublic(p: RPoint, s: bigint): RPoint {
  return p.multiplyUnsafe(Fn.create(s))
}
export const mulG = (s: bigint): RPoint => mul(G, s)

const smallCache = new Map<number, RPoint>()
/** int(v)·G for a small non-negative integer v (0·G = identity); cached. */
export function smallG(v: number): RPoint {
  if (!Number.isSafeInteger(v) || v < 0) throw new Error('bad small integer')
  let p = smallCache.get(v)
  if (!p) {
    p = v === 0 ? ZERO : G.multiplyUnsafe(BigInt(v))
    smallCache.set(v, p)
  }
  return p
}

// ----- public-key tables -----
const KEY_WINDOW = 8
const keyCache = new Map<string, RPoint>()
let keyPrecompute = true

/**
 * The vote public key Y as a point with a precomputed multiplication table, cached per key
 * (a 15-question ballot multiplies Y ~75 times). Throws on a malformed key or the identity.
 */
export function keyPoint(hex: string): RPoint {
  let p = keyCache.get(hex)
  if (p) return p
  p = pointFromHex(hex)
  if (!keyPrecompute) return p
  p.precompute(KEY_WINDOW, true) // the table is built on first use and kept with the point
  if (keyCache.size >= 16) keyCache.clear()
  keyCache.set(hex, p)
  return p
}

/** Benchmarks and tests only: drop the cached key tables, or turn key precomputation off. */
export function _setKeyPrecompute(on: boolean): void {
  keyPrecompute = on
  keyCache.clear()
}
