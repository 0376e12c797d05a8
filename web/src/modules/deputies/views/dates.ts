function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** Today in China (UTC+8) as YYYY-MM-DD, the default date of a new record. */
export function todayInChina(now = Date.now()): string {
  const d = new Date(now + 8 * 3600 * 1000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
