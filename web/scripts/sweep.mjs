// Dev aid: signs in as each demo role (after scripts/sweep-prep.mjs) and screenshots every
// page it may open at desktop (1280×800) and phone (390×844) size into /tmp/md-sweep/.
// Usage: node scripts/sweep.mjs [user ...]
import { mkdirSync, readFileSync } from 'node:fs'
import { openBrowser, totp, tid } from '../e2e/helpers.mjs'

const OUT = process.env.MD_SWEEP_OUT ?? '/tmp/md-sweep'
mkdirSync(OUT, { recursive: true })
const state = JSON.parse(readFileSync('/tmp/md-sweep.json', 'utf8'))
const users = process.argv.slice(2).length ? process.argv.slice(2) : ['admin', 'secadmin', 'auditor', 'leader', 'branch', 'member']
const SIZES = [
  ['desk', 1280, 800],
  ['phone', 390, 844],
]

async function signIn(context, u) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const st = state[u]
    const data = { username: u, password: st.password, ...(st.secret ? { totpCode: totp(st.secret) } : {}) }
    const res = await context.request.post('/api/auth/login', { data })
    if (res.ok()) return
    if (!st.secret) throw new Error(`${u}: ${res.status()} ${await res.text()}`)
    await new Promise((r) => setTimeout(r, 31_000 - (Date.now() % 30_000)))
  }
  throw new Error(`${u}: sign-in failed`)
}

for (const u of users) {
  const b = await openBrowser({ width: 1280, height: 800 })
  try {
    const { page, context } = b
    await signIn(context, u)
    await page.goto('/')
    await page.locator(tid('side-menu')).waitFor()
    const paths = await page.locator(`${tid('side-menu')} [data-testid^="menu-"]`).evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid').slice('menu-'.length)),
    )
    const routes = [...paths.map((p) => (p === 'home' ? '/' : `/${p}`)), '/profile']
    for (const [label, w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h })
      for (const r of routes) {
        await page.goto(r)
        await page.waitForLoadState('networkidle')
        await page.waitForTimeout(400)
        const name = `${u}-${r === '/' ? 'home' : r.slice(1)}-${label}`
        await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: label !== 'phone' })
        if (label === 'phone') await page.screenshot({ path: `${OUT}/${name}-full.png`, fullPage: true })
        const sw = await page.evaluate(() => {
          const t = document.querySelector('.el-table__body-wrapper .el-scrollbar__wrap')
          return { page: document.documentElement.scrollWidth, table: t ? t.scrollWidth - t.clientWidth : 0 }
        })
        console.log(name, `overflow page=${sw.page - w} table=${sw.table}`)
      }
    }
  } catch (e) {
    console.error(u, e.message)
  } finally {
    await b.close()
  }
}
