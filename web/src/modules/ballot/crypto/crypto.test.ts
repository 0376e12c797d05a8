// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ristretto255 } from '@noble/curves/ed25519.js'
import { bytesToNumberLE, numberToBytesLE } from '@noble/curves/utils.js'
import { sha256, sha512 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import {
  type BallotJson,
  type TallyItem,
  ballotHash,
  encryptBallot,
  generateTrusteeKey,
  partialDecrypt,
  publicKeyOf,
  receiptCode,
  verifyBallot,
  verifyKey,
  verifyPartial,
} from './index'
import { H } from './hash'

const P = ristretto255.Point
const L = P.Fn.ORDER
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v))
/** Another valid scalar: s + 1 mod L. */
const bumpScalar = (hex: string) => bytesToHex(numberToBytesLE((bytesToNumberLE(hexToBytes(hex)) + 1n) % L, 32))
/** Another valid point: P + G. */
const bumpPoint = (hex: string) => P.fromHex(hex).add(P.BASE).toHex()

const keys = [generateTrusteeKey('vote-1', 1), generateTrusteeKey('vote-1', 2)]
const Y = P.fromHex(keys[0].publicKey).add(P.fromHex(keys[1].publicKey)).toHex()

/** Every way to alter one field of a ballot (to another well-formed value), with a name. */
function tamperings(b: BallotJson): [string, BallotJson][] {
  const out: [string, BallotJson][] = []
  const push = (name: string, f: (x: BallotJson) => void) => {
    const x = clone(b)
    f(x)
    out.push([name, x])
  }
  b.items.forEach((item, q) => {
    push(`a${q}`, (x) => (x.items[q].a = bumpPoint(item.a)))
    push(`b${q}`, (x) => (x.items[q].b = bumpPoint(item.b)))
    item.proof.forEach((_, j) => {
      push(`c${q}.${j}`, (x) => (x.items[q].proof[j][0] = bumpScalar(x.items[q].proof[j][0])))
      push(`z${q}.${j}`, (x) => (x.items[q].proof[j][1] = bumpScalar(x.items[q].proof[j][1])))
    })
  })
  b.sum?.proof.forEach((_, j) => {
    push(`sum c${j}`, (x) => (x.sum!.proof[j][0] = bumpScalar(x.sum!.proof[j][0])))
    push(`sum z${j}`, (x) => (x.sum!.proof[j][1] = bumpScalar(x.sum!.proof[j][1])))
  })
  push('alias', (x) => (x.alias = (x.alias[0] === '0' ? '1' : '0') + x.alias.slice(1)))
  push('voteUid', (x) => (x.voteUid = 'vote-2'))
  push('swap items', (x) => ([x.items[0], x.items[1]] = [x.items[1], x.items[0]]))
  push('swap proof branches', (x) => ([x.items[0].proof[0], x.items[0].proof[1]] = [x.items[0].proof[1], x.items[0].proof[0]]))
  return out
}

describe('ballot encryption: options3', () => {
  const choices = [0, 1, 2, 0, 1, 2, 2, 2, 1, 0, 0, 1, 2, 1, 0]
  const { ballot, hash } = encryptBallot('vote-1', Y, 'options3', choices)

  it('produces a well-formed ballot that verifies', () => {
    expect(ballot.voteUid).toBe('vote-1')
    expect(ballot.alias).toMatch(/^[0-9a-f]{32}$/)
    expect(ballot.items).toHaveLength(15)
    expect(ballot.sum).toBeNull()
    for (const item of ballot.items) {
      expect(item.a).toMatch(/^[0-9a-f]{64}$/)
      expect(item.b).toMatch(/^[0-9a-f]{64}$/)
      expect(item.proof).toHaveLength(3)
      for (const [c, z] of item.proof) expect(c + z).toMatch(/^[0-9a-f]{128}$/)
    }
    expect(hash).toBe(ballotHash(ballot))
    expect(verifyBallot(ballot, 'vote-1', Y, 'options3', 15)).toBe(true)
  })

  it('rejects every tampered field', () => {
    const cases = tamperings(ballot)
    expect(cases.length).toBe(15 * 2 + 15 * 3 * 2 + 4)
    for (const [name, bad] of cases) expect([name, verifyBallot(bad, 'vote-1', Y, 'options3', 15)]).toEqual([name, false])
  }, 120_000)

  it('rejects the wrong vote, key, shape or encodings', () => {
    expect(verifyBallot(ballot, 'vote-2', Y, 'options3', 15)).toBe(false)
    expect(verifyBallot(ballot, 'vote-1', keys[0].publicKey, 'options3', 15)).toBe(false)
    expect(verifyBallot(ballot, 'vote-1', Y, 'options3', 14)).toBe(false)
    expect(verifyBallot(ballot, 'vote-1', Y, 'pick', 15, 2)).toBe(false)
    const withSum = clone(ballot)
    withSum.sum = { proof: [] }
    expect(verifyBallot(withSum, 'vote-1', Y, 'options3', 15)).toBe(false)
    const upper = clone(ballot)
    upper.items[0].a = upper.items[0].a.toUpperCase()
    expect(verifyBallot(upper, 'vote-1', Y, 'options3', 15)).toBe(false)
    const identity = clone(ballot)
    identity.items[0].a = '00'.repeat(32)
    expect(verifyBallot(identity, 'vote-1', Y, 'options3', 15)).toBe(false)
    const bigScalar = clone(ballot) // c + L: same value mod L, but not canonical
    const c = bytesToNumberLE(hexToBytes(bigScalar.items[0].proof[0][0])) + L
    if (c < 1n << 256n) {
      bigScalar.items[0].proof[0][0] = bytesToHex(numberToBytesLE(c, 32))
      expect(verifyBallot(bigScalar, 'vote-1', Y, 'options3', 15)).toBe(false)
    }
    const highBit = clone(ballot) // bit 255 set on a point encoding
    const bytes = hexToBytes(highBit.items[0].b)
    bytes[31] |= 0x80
    highBit.items[0].b = bytesToHex(bytes)
    expect(verifyBallot(highBit, 'vote-1', Y, 'options3', 15)).toBe(false)
    const shortProof = clone(ballot)
    shortProof.items[0].proof.pop()
    expect(verifyBallot(shortProof, 'vote-1', Y, 'options3', 15)).toBe(false)
  })

  it('encrypts m = 0 (option 2) and a one-question ballot', () => {
    const { ballot: b } = encryptBallot('vote-1', Y, 'options3', [2])
    expect(verifyBallot(b, 'vote-1', Y, 'options3', 1)).toBe(true)
  })

  it('throws on invalid choices', () => {
    expect(() => encryptBallot('vote-1', Y, 'options3', [0, 3])).toThrow()
    expect(() => encryptBallot('vote-1', Y, 'options3', [-1])).toThrow()
    expect(() => encryptBallot('vote-1', Y, 'options3', [1.5])).toThrow()
    expect(() => encryptBallot('vote-1', Y, 'options3', [])).toThrow()
    expect(() => encryptBallot('vote-1', '00'.repeat(32), 'options3', [0])).toThrow()
    expect(() => encryptBallot('vote-1', 'zz', 'options3', [0])).toThrow()
    expect(() => encryptBallot('', Y, 'options3', [0])).toThrow()
  })
})

describe('ballot encryption: pick', () => {
  const { ballot } = encryptBallot('vote-1', Y, 'pick', [1, 0, 1, 0, 0], 2)

  it('verifies, with a sum proof over [0..maxPicks]', () => {
    expect(ballot.items).toHaveLength(5)
    for (const item of ballot.items) expect(item.proof).toHaveLength(2)
    expect(ballot.sum?.proof).toHaveLength(3)
    expect(verifyBallot(ballot, 'vote-1', Y, 'pick', 5, 2)).toBe(true)
    expect(verifyBallot(ballot, 'vote-1', Y, 'pick', 5, 3)).toBe(false)
    expect(verifyBallot(ballot, 'vote-1', Y, 'pick', 5)).toBe(false)
    expect(verifyBallot(ballot, 'vote-1', Y, 'options3', 5)).toBe(false)
  })

  it('verifies empty and full picks', () => {
    const none = encryptBallot('vote-1', Y, 'pick', [0, 0, 0], 1).ballot
    expect(verifyBallot(none, 'vote-1', Y, 'pick', 3, 1)).toBe(true)
    const all = encryptBallot('vote-1', Y, 'pick', [1, 1, 1], 3).ballot
    expect(verifyBallot(all, 'vote-1', Y, 'pick', 3, 3)).toBe(true)
  })

  it('rejects every tampered field', () => {
    const cases = tamperings(ballot)
    expect(cases.length).toBe(5 * 2 + 5 * 2 * 2 + 3 * 2 + 4)
    for (const [name, bad] of cases) expect([name, verifyBallot(bad, 'vote-1', Y, 'pick', 5, 2)]).toEqual([name, false])
    const noSum = clone(ballot)
    noSum.sum = null
    expect(verifyBallot(noSum, 'vote-1', Y, 'pick', 5, 2)).toBe(false)
  }, 60_000)

  it('throws on invalid choices', () => {
    expect(() => encryptBallot('vote-1', Y, 'pick', [1, 1, 1, 0, 0], 2)).toThrow(/more picks/)
    expect(() => encryptBallot('vote-1', Y, 'pick', [2, 0], 2)).toThrow()
    expect(() => encryptBallot('vote-1', Y, 'pick', [-1, 0], 2)).toThrow()
    expect(() => encryptBallot('vote-1', Y, 'pick', [1, 0])).toThrow(/maxPicks/)
    expect(() => encryptBallot('vote-1', Y, 'pick', [1, 0], 0)).toThrow(/maxPicks/)
  })
})

describe('ballot hash and receipt', () => {
  const { ballot, hash } = encryptBallot('vote-1', Y, 'pick', [0, 1, 1], 2)

  it('matches the byte layout of VOTE-PROTOCOL.md', () => {
    const enc = new TextEncoder()
    const lp = (s: string) => {
      const b = enc.encode(s)
      return [Uint8Array.of(b.length & 255, b.length >> 8, 0, 0), b]
    }
    const chunks: Uint8Array[] = [...lp('md-ballot-v1'), ...lp(ballot.voteUid), ...lp(ballot.alias)]
    for (const it of ballot.items) chunks.push(hexToBytes(it.a), hexToBytes(it.b), ...it.proof.flat().map(hexToBytes))
    chunks.push(enc.encode('sum'), ...ballot.sum!.proof.flat().map(hexToBytes))
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
    let off = 0
    for (const c of chunks) {
      all.set(c, off)
      off += c.length
    }
    expect(hash).toBe(bytesToHex(sha256(all)))
  })

  it('changes with any byte of the ballot', () => {
    const seen = new Set([hash])
    const flipByte = (hex: string, i: number) => {
      const b = hexToBytes(hex)
      b[i] ^= 1
      return bytesToHex(b)
    }
    const variants: BallotJson[] = []
    ballot.items.forEach((item, q) => {
      for (const i of [0, 17, 31]) {
        const x = clone(ballot)
        x.items[q].a = flipByte(item.a, i)
        variants.push(x)
        const y = clone(ballot)
        y.items[q].b = flipByte(item.b, i)
        variants.push(y)
        item.proof.forEach((pair, j) =>
          [0, 1].forEach((k) => {
            const z = clone(ballot)
            z.items[q].proof[j][k] = flipByte(pair[k], i)
            variants.push(z)
          }),
        )
      }
    })
    ballot.sum!.proof.forEach((pair, j) =>
      [0, 1].forEach((k) => {
        const z = clone(ballot)
        z.sum!.proof[j][k] = flipByte(pair[k], 5)
        variants.push(z)
      }),
    )
    const a = clone(ballot)
    a.alias = flipByte(a.alias, 3)
    const v = clone(ballot)
    v.voteUid += 'x'
    variants.push(a, v)
    for (const x of variants) {
      const h = ballotHash(x)
      expect(seen.has(h)).toBe(false)
      seen.add(h)
    }
    expect(seen.size).toBe(variants.length + 1)
    expect(ballotHash(clone(ballot))).toBe(hash)
  })

  it('formats the receipt code', () => {
    expect(receiptCode(hash)).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/)
    expect(receiptCode(hash).replace(/-/g, '')).toBe(hash.slice(0, 16))
    expect(receiptCode('3f2a91c0deadbeef' + '0'.repeat(48))).toBe('3f2a-91c0-dead-beef')
    expect(() => receiptCode('xyz')).toThrow()
  })
})

describe('H', () => {
  it('is SHA-512 over u32le-length-prefixed parts, little-endian mod L', () => {
    const bytes = Uint8Array.from([
      ...[3, 0, 0, 0], ...new TextEncoder().encode('tag'),
      ...[2, 0, 0, 0], ...new TextEncoder().encode('ab'),
      ...[1, 0, 0, 0], 7,
    ])
    expect(H('tag', 'ab', Uint8Array.of(7))).toBe(bytesToNumberLE(sha512(bytes)) % L)
  })
})

describe('trustee keys', () => {
  it('proves possession and rejects tampering', () => {
    const k = keys[0]
    expect(k.secret).toMatch(/^[0-9a-f]{64}$/)
    expect(publicKeyOf(k.secret)).toBe(k.publicKey)
    expect(verifyKey('vote-1', 1, k.publicKey, k.proof)).toBe(true)
    expect(verifyKey('vote-1', 2, k.publicKey, k.proof)).toBe(false)
    expect(verifyKey('vote-2', 1, k.publicKey, k.proof)).toBe(false)
    expect(verifyKey('vote-1', 1, keys[1].publicKey, k.proof)).toBe(false)
    expect(verifyKey('vote-1', 1, k.publicKey, { c: bumpScalar(k.proof.c), s: k.proof.s })).toBe(false)
    expect(verifyKey('vote-1', 1, k.publicKey, { c: k.proof.c, s: bumpScalar(k.proof.s) })).toBe(false)
    expect(verifyKey('vote-1', 1, '00'.repeat(32), k.proof)).toBe(false)
    expect(verifyKey('vote-1', 1, k.publicKey, { c: 'zz', s: k.proof.s })).toBe(false)
    expect(() => publicKeyOf('00'.repeat(32))).toThrow()
    expect(() => publicKeyOf('nothex')).toThrow()
  })
})

describe('tally and partial decryption', () => {
  // 4 ballots, 3 questions: per question the counts of options 0, 1, 2.
  const votes = [
    [0, 1, 2],
    [0, 0, 2],
    [1, 0, 2],
    [2, 0, 0],
  ]
  const sumTally = (ballots: BallotJson[], n: number): TallyItem[] =>
    Array.from({ length: n }, (_, q) => {
      let a = P.ZERO
      let b = P.ZERO
      for (const bl of ballots) {
        a = a.add(P.fromHex(bl.items[q].a))
        b = b.add(P.fromHex(bl.items[q].b))
      }
      return { a: a.toHex(), b: b.toHex() }
    })
  const ballots = votes.map((v) => encryptBallot('vote-1', Y, 'options3', v).ballot)
  const tally = sumTally(ballots, 3)
  const partials = keys.map((k, i) => partialDecrypt('vote-1', i + 1, k.secret, tally))

  it('produces partials that verify, and rejects tampered ones', () => {
    partials.forEach((p, i) => {
      expect(p.items).toHaveLength(3)
      p.items.forEach((item, q) => {
        expect(verifyPartial('vote-1', i + 1, keys[i].publicKey, tally[q], item)).toBe(true)
        expect(verifyPartial('vote-1', i + 1, keys[1 - i].publicKey, tally[q], item)).toBe(false)
        expect(verifyPartial('vote-1', i + 2, keys[i].publicKey, tally[q], item)).toBe(false)
        expect(verifyPartial('vote-2', i + 1, keys[i].publicKey, tally[q], item)).toBe(false)
        expect(verifyPartial('vote-1', i + 1, keys[i].publicKey, tally[(q + 1) % 3], item)).toBe(false)
        expect(verifyPartial('vote-1', i + 1, keys[i].publicKey, tally[q], { ...item, d: bumpPoint(item.d) })).toBe(false)
        expect(
          verifyPartial('vote-1', i + 1, keys[i].publicKey, tally[q], { ...item, proof: [bumpScalar(item.proof[0]), item.proof[1]] }),
        ).toBe(false)
        expect(
          verifyPartial('vote-1', i + 1, keys[i].publicKey, tally[q], { ...item, proof: [item.proof[0], bumpScalar(item.proof[1])] }),
        ).toBe(false)
      })
    })
  })

  it('combines two shares to recover the counts', () => {
    const counts = tally.map((t, q) => {
      const m = P.fromHex(t.b).subtract(P.fromHex(partials[0].items[q].d)).subtract(P.fromHex(partials[1].items[q].d))
      let acc = P.ZERO
      for (let v = 0; v <= 4 * 4096; v++) {
        if (acc.equals(m)) return [v % 4096, Math.floor(v / 4096), votes.length - (v % 4096) - Math.floor(v / 4096)]
        acc = acc.add(P.BASE)
      }
      return null
    })
    const expected = [0, 1, 2].map((q) => [0, 1, 2].map((opt) => votes.filter((v) => v[q] === opt).length))
    expect(counts).toEqual(expected)
    expect(expected).toEqual([
      [2, 1, 1],
      [3, 1, 0],
      [1, 0, 3],
    ])
  })

  it('recovers pick counts too', () => {
    const picks = [
      [1, 0, 1],
      [0, 1, 1],
      [1, 0, 0],
    ]
    const bs = picks.map((p) => encryptBallot('vote-1', Y, 'pick', p, 2).ballot)
    const t = sumTally(bs, 3)
    const ps = keys.map((k, i) => partialDecrypt('vote-1', i + 1, k.secret, t))
    const counts = t.map((item, q) => {
      const m = P.fromHex(item.b).subtract(P.fromHex(ps[0].items[q].d)).subtract(P.fromHex(ps[1].items[q].d))
      let acc = P.ZERO
      for (let v = 0; v <= 3; v++, acc = acc.add(P.BASE)) if (acc.equals(m)) return v
      return -1
    })
    expect(counts).toEqual([2, 1, 2])
  })

  it('refuses bad input', () => {
    expect(() => partialDecrypt('vote-1', 0, keys[0].secret, tally)).toThrow()
    expect(() => partialDecrypt('vote-1', 1, 'nothex', tally)).toThrow()
    expect(() => partialDecrypt('vote-1', 1, keys[0].secret, [{ a: '00'.repeat(32), b: tally[0].b }])).toThrow()
  })
})
