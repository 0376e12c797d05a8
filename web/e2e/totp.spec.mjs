// Checks the test's own TOTP generator against the RFC 6238 test vectors (SHA-1), so a
// failing admin/auditor scenario cannot be blamed on the generator.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { base32Decode, totp } from './helpers.mjs'

test('TOTP generator matches RFC 6238 vectors', () => {
  // Secret "12345678901234567890" in base32; RFC vectors are 8 digits.
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
  assert.equal(base32Decode(secret).toString(), '12345678901234567890')
  assert.equal(totp(secret, 59_000, 30, 8), '94287082')
  assert.equal(totp(secret, 1_111_111_109_000, 30, 8), '07081804')
  assert.equal(totp(secret, 20_000_000_000_000, 30, 8), '65353130')
  assert.equal(totp(secret, 59_000), '287082')
})
