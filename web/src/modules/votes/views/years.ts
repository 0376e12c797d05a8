// The years the pages offer: next year back to ten years ago (the demo has 2019's projects).
export function currentYear(now = Date.now()): number {
  return new Date(now + 8 * 3600 * 1000).getUTCFullYear()
}

export function yearOptions(now = Date.now(), back = 10): number[] {
  const y = currentYear(now)
  const out: number[] = []
  for (let v = y + 1; v >= y - back; v--) out.push(v)
  return out
}
