// @vitest-environment node
// Cross-implementation fixture: tests/vectors/ballot-js.json holds ballots, key proofs and a
// partial decryption made by this library, for the C++ (libsodium) tests to verify.
//   MD_WRITE_VECTORS=1 npx vitest run src/modules/ballot/crypto/vectors.test.ts   → rewrites it
//   otherwise                                                                      → checks it
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ristretto255 } from '@noble/curves/ed25519.js'
import {
  type BallotJson,
  type Form,
  type PartialItem,
  type TallyItem,
  ballotHash,
  encryptBallot,
  generateTrusteeKey,
  partialDecrypt,
  publicKeyOf,
  verifyBallot,
  verifyKey,
  verifyPartial,
} from './index'

interface VectorBallot {
  form: Form
  questions: number
  maxPicks: number
  choices: number[]
  ballot: BallotJson
  hash: string
}
interface Vectors {
  voteUid: string
  publicKey: string
  trustees: { index: number; publicKey: string; proof: { c: string; s: string } }[]
  ballots: VectorBallot[]
  partial: { index: number; secret: string; tally: TallyItem[]; items: PartialItem[] }
}

/** The repository root: the nearest ancestor holding web/package.json (from this file, then cwd). */
function repoRoot(): string {
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()]
  for (let dir of starts) {
    for (;;) {
      if (existsSync(join(dir, 'web', 'package.json')) && existsSync(join(dir, 'docs'))) return dir
      const up = dirname(dir)
      if (up === dir) break
      dir = up
    }
  }
  throw new Error('repository root not found')
}

const FILE = join(repoRoot(), 'tests', 'vectors', 'ballot-js.json')
const P = ristretto255.Point

function generate(): Vectors {
  const voteUid = 'vec-2024-0001'
  const keys = [generateTrusteeKey(voteUid, 1), generateTrusteeKey(voteUid, 2)]
  const publicKey = P.fromHex(keys[0].publicKey).add(P.fromHex(keys[1].publicKey)).toHex()
  const make = (form: Form, questions: number, maxPicks: number, choices: number[]): VectorBallot => {
    const { ballot, hash } = encryptBallot(voteUid, publicKey, form, choices, form === 'pick' ? maxPicks : undefined)
    return { form, questions, maxPicks, choices, ballot, hash }
  }
  const ballots = [
    make('options3', 15, 0, [0, 1, 2, 2, 1, 0, 0, 0, 1, 1, 2, 2, 0, 1, 2]),
    make('options3', 3, 0, [0, 1, 2]),
    make('options3', 3, 0, [0, 0, 2]),
    make('pick', 5, 2, [1, 0, 1, 0, 0]),
    make('grades', 5, 0, [0, 1, 2, 3, 4]),
  ]
  const three = ballots.filter((b) => b.form === 'options3' && b.questions === 3)
  const tally: TallyItem[] = [0, 1, 2].map((q) => {
    const a = three.reduce((s, b) => s.add(P.fromHex(b.ballot.items[q].a)), P.ZERO)
    const b = three.reduce((s, v) => s.add(P.fromHex(v.ballot.items[q].b)), P.ZERO)
    return { a: a.toHex(), b: b.toHex() }
  })
  const { items } = partialDecrypt(voteUid, 1, keys[0].secret, tally)
  return {
    voteUid,
    publicKey,
    trustees: keys.map((k, i) => ({ index: i + 1, publicKey: k.publicKey, proof: k.proof })),
    ballots,
    partial: { index: 1, secret: keys[0].secret, tally, items },
  }
}

describe('cross-implementation vectors (tests/vectors/ballot-js.json)', () => {
  if (process.env.MD_WRITE_VECTORS === '1') {
    it('writes the vectors', () => {
      const v = generate()
      mkdirSync(dirname(FILE), { recursive: true })
      writeFileSync(FILE, JSON.stringify(v, null, 2) + '\n')
      expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(v)
    }, 60_000)
  }

  it('every key, ballot and partial in the file verifies', () => {
    const v: Vectors = JSON.parse(readFileSync(FILE, 'utf8'))
    expect(v.trustees.map((t) => t.index)).toEqual([1, 2])
    for (const t of v.trustees) expect(verifyKey(v.voteUid, t.index, t.publicKey, t.proof)).toBe(true)
    const y = v.trustees.reduce((s, t) => s.add(P.fromHex(t.publicKey)), P.ZERO)
    expect(y.toHex()).toBe(v.publicKey)
    expect(v.ballots.map((b) => [b.form, b.questions])).toEqual([
      ['options3', 15],
      ['options3', 3],
      ['options3', 3],
      ['pick', 5],
      ['grades', 5],
    ])
    for (const b of v.ballots) {
      const maxPicks = b.form === 'pick' ? b.maxPicks : undefined
      expect(verifyBallot(b.ballot, v.voteUid, v.publicKey, b.form, b.questions, maxPicks)).toBe(true)
      expect(ballotHash(b.ballot)).toBe(b.hash)
      expect(b.ballot.items).toHaveLength(b.choices.length)
    }
    const p = v.partial
    expect(p.index).toBe(1)
    expect(publicKeyOf(p.secret)).toBe(v.trustees[0].publicKey)
    expect(p.items).toHaveLength(p.tally.length)
    p.items.forEach((item, q) => {
      expect(verifyPartial(v.voteUid, 1, v.trustees[0].publicKey, p.tally[q], item)).toBe(true)
      // D = x·A is deterministic: recompute it from the secret.
      const x = BigInt('0x' + (p.secret.match(/../g) as string[]).reverse().join(''))
      expect(P.fromHex(p.tally[q].a).multiply(x).toHex()).toBe(item.d)
    })
    // The tally is the component-wise sum of the two 3-question ballots.
    const three = v.ballots.filter((b) => b.questions === 3)
    p.tally.forEach((t, q) => {
      expect(three.reduce((s, b) => s.add(P.fromHex(b.ballot.items[q].a)), P.ZERO).toHex()).toBe(t.a)
      expect(three.reduce((s, b) => s.add(P.fromHex(b.ballot.items[q].b)), P.ZERO).toHex()).toBe(t.b)
    })
  }, 60_000)
})
