// Prints the gzip size of the JS a first visit loads: the entry chunk plus every chunk it
// imports statically (what index.html preloads). Budget: < 250 KB gzip.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const dist = new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const files = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]))
let total = 0
for (const f of files) {
  const gz = gzipSync(readFileSync(join(dist, f))).length
  total += gz
  console.log(`${(gz / 1024).toFixed(1).padStart(8)} KB  ${f}`)
}
const budget = 250 * 1024
console.log(`${(total / 1024).toFixed(1).padStart(8)} KB  initial JS total (gzip), budget 250 KB`)
if (total > budget) process.exit(1)
