// The scrutineer's key share lives only on their own device (localStorage) and in the
// backup file they download; the server only ever sees the public key and the proofs.

export interface StoredShare {
  voteUid: string
  index: number
  secret: string
  publicKey: string
  /** The proof of possession, kept so a share generated but not yet registered can be. */
  proof?: { c: string; s: string }
}

export const shareStorageKey = (voteUid: string, index: number) => `md_trustee_${voteUid}_${index}`
export const backupFileName = (voteUid: string, index: number) => `mingdeng-trustee-${voteUid}-${index}.json`

const HEX64 = /^[0-9a-f]{64}$/

/** Parses a stored share or a backup file's text; null when it is not one. */
export function parseShare(text: string | null | undefined): StoredShare | null {
  if (!text) return null
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  if (!data || typeof data !== 'object') return null
  const d = data as Record<string, unknown>
  const index = typeof d.index === 'number' ? d.index : Number(d.index)
  if (typeof d.voteUid !== 'string' || !Number.isInteger(index) || index < 1) return null
  if (typeof d.secret !== 'string' || !HEX64.test(d.secret)) return null
  if (typeof d.publicKey !== 'string' || !HEX64.test(d.publicKey)) return null
  const share: StoredShare = { voteUid: d.voteUid, index, secret: d.secret, publicKey: d.publicKey }
  const proof = d.proof as Record<string, unknown> | undefined
  if (proof && typeof proof.c === 'string' && typeof proof.s === 'string' && HEX64.test(proof.c) && HEX64.test(proof.s)) {
    share.proof = { c: proof.c, s: proof.s }
  }
  return share
}

export function loadShare(voteUid: string, index: number): StoredShare | null {
  try {
    const share = parseShare(localStorage.getItem(shareStorageKey(voteUid, index)))
    return share && share.voteUid === voteUid && share.index === index ? share : null
  } catch {
    return null
  }
}

/** Saves the share on this device; false when the browser refuses (private mode, full). */
export function saveShare(share: StoredShare): boolean {
  try {
    localStorage.setItem(shareStorageKey(share.voteUid, share.index), JSON.stringify(share))
    return true
  } catch {
    return false
  }
}

export function shareFileText(share: StoredShare): string {
  return JSON.stringify({ format: 'mingdeng-trustee/1', ...share }, null, 2) + '\n'
}

/** Offers the backup file as a download (Blob + a[download]). */
export function downloadShare(share: StoredShare): void {
  const blob = new Blob([shareFileText(share)], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = backupFileName(share.voteUid, share.index)
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
