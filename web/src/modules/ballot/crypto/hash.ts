// Fiat–Shamir challenge H(tag, parts…) and byte helpers (docs/VOTE-PROTOCOL.md).
import { sha512 } from '@noble/hashes/sha2.js'
import { bytesToNumberLE } from '@noble/curves/utils.js'
import { Fn } from './group'

export type Part = string | Uint8Array

const utf8 = new TextEncoder()
export const textBytes = (s: string): Uint8Array => utf8.encode(s)

export function u32le(n: number): Uint8Array {
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, n, true)
  return out
}

export function u64le(n: number | bigint): Uint8Array {
  const v = BigInt(n)
  if (v < 0n || v >= 1n << 64n) throw new Error('u64 out of range')
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, v, true)
  return out
}

/** Concatenation of u32le(len(part)) ‖ part for every part (text as UTF-8). */
export function lengthPrefixed(parts: Part[]): Uint8Array {
  const bytes = parts.map((p) => (typeof p === 'string' ? textBytes(p) : p))
  const total = bytes.reduce((n, b) => n + 4 + b.length, 0)
  const out = new Uint8Array(total)
  let off = 0
  for (const b of bytes) {
    out.set(u32le(b.length), off)
    out.set(b, off + 4)
    off += 4 + b.length
  }
  return out
}

/** H(tag, parts…) = SHA-512(lp(tag) ‖ lp(part)…) read little-endian, reduced mod L. */
export function H(tag: string, ...parts: Part[]): bigint {
  return Fn.create(bytesToNumberLE(sha512(lengthPrefixed([tag, ...parts]))))
}
