// (votes) The whole livelihood-project vote as people click it: a clerk sets it up, two
// scrutineers generate their key shares in their browsers, a teller opens it, five deputies
// vote on a phone (one tries again and is refused), a paper batch is entered by two tellers
// with one mismatch that is then fixed, the teller closes, both scrutineers decrypt, the
// certified result and the receipt on the public board are shown, and `mingdeng verify-vote`
// accepts the export and refuses a copy with one byte changed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BASE_URL, openBrowser, screenshot, signedInBrowser, tid } from './helpers.mjs'

const BIN = process.env.MD_BIN ?? new URL('../../build/mingdeng', import.meta.url).pathname
const TITLE = `民生实事项目票决（浏览器测试 ${Date.now() % 100000}）`
const PHONE = { width: 390, height: 844 }

/** Picks options of a filterable Element Plus multi-select by typing each name. */
async function choose(page, selectId, texts) {
  const select = page.locator(tid(selectId))
  for (const text of texts) {
    await select.click()
    await select.locator('input').fill(text)
    const option = page.locator('.el-select-dropdown__item:not(.is-disabled)', { hasText: text })
    await option.locator('visible=true').first().click()
  }
  await page.keyboard.press('Escape')
  await page.waitForTimeout(300)
}

async function generateShare(b, voteId) {
  const { page } = b
  await page.goto(`/ballot/trustee/${voteId}`)
  await page.locator(tid('trustee-generate')).click()
  await page.locator(tid('trustee-backup-ack')).click()
  const saved = page.waitForResponse((r) => r.url().endsWith(`/api/votes/${voteId}/trustee-key`))
  await page.locator(tid('trustee-submit-key')).click()
  assert.equal((await saved).status(), 201)
}

async function decrypt(b, voteId) {
  const { page } = b
  await page.goto(`/ballot/trustee/${voteId}`)
  const posted = page.waitForResponse((r) => r.url().endsWith(`/api/votes/${voteId}/partial`))
  await page.locator(tid('trustee-decrypt')).click()
  const res = await posted
  assert.equal(res.status(), 201, await res.text())
  return res.json()
}

/** A deputy votes on the phone: yes on the first project, no on the second, abstain after. */
async function castOnPhone(voteId, user) {
  const b = await signedInBrowser(user, PHONE)
  try {
    const { page } = b
    await page.goto('/ballot')
    await page.locator(`${tid('my-vote')}[data-vote-id="${voteId}"] ${tid('my-vote-enter')}`).click()
    await page.locator(tid('ballot-question')).first().waitFor()
    const questions = await page.locator(tid('ballot-question')).count()
    for (let q = 0; q < questions; q++) await page.locator(tid(`ballot-choice-${q}-${Math.min(q, 2)}`)).click()
    const big = await page.locator(tid('ballot-choice-0-0')).boundingBox()
    assert.ok(big && big.height >= 48, `choice button height ${big?.height}`)
    await page.locator(tid('ballot-next')).click()
    await page.locator(tid('ballot-review')).waitFor()
    await page.locator(tid('ballot-confirm')).click()
    const cast = page.waitForResponse((r) => r.url().endsWith(`/api/votes/${voteId}/ballots`))
    await page.locator(tid('ballot-confirm-final')).click()
    assert.equal((await cast).status(), 201)
    const receipt = (await page.locator(tid('ballot-receipt-code')).innerText()).trim()
    assert.match(receipt, /^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/)
    return { b, receipt }
  } catch (e) {
    await screenshot(b.page, `vote-cast-failed-${user}`)
    await b.close()
    throw e
  }
}

async function enterBatch(page, counts, ballots) {
  await page.locator(tid('vote-tab-paper')).click()
  await page.locator(`${tid('paper-batch-number')} input`).fill('1')
  await page.locator(`${tid('paper-ballots')} input`).fill(String(ballots))
  for (const [q, row] of counts.entries()) {
    for (const [o, n] of row.entries()) await page.locator(`${tid(`paper-count-${q}-${o}`)} input`).fill(String(n))
  }
  const saved = page.waitForResponse((r) => /\/paper-batches\/1\/entries$/.test(r.url()))
  await page.locator(tid('paper-submit')).click()
  const res = await saved
  assert.equal(res.status(), 201, await res.text())
  return res.json()
}

test('a livelihood-project vote from setup to a verified result', async () => {
  const open = []
  try {
    // 1. The clerk sets the vote up: three shortlisted projects, two seats, two scrutineers.
    const clerk = await signedInBrowser('clerk')
    open.push(clerk)
    await clerk.page.goto('/votes')
    await clerk.page.locator(tid('votes-create')).click()
    await clerk.page.locator(`${tid('vote-title')} input, input${tid('vote-title')}`).first().fill(TITLE)
    await clerk.page.locator(tid('vote-level')).click()
    await clerk.page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '区' }).first().click()
    const projects = clerk.page.locator(`${tid('vote-projects')} .project-item`)
    await projects.first().waitFor()
    for (let i = 0; i < 3; i++) await projects.nth(i).click()
    await clerk.page.locator(`${tid('vote-seats')} input`).fill('2')
    await choose(clerk.page, 'vote-scrutineers', ['周书记', '李支书'])
    await choose(clerk.page, 'vote-tellers', ['赵计票', '陈干事'])
    const created = clerk.page.waitForResponse((r) => r.url().endsWith('/api/votes') && r.request().method() === 'POST')
    await clerk.page.locator(tid('vote-save')).click()
    const res = await created
    assert.equal(res.status(), 201, await res.text())
    const vote = await res.json()
    assert.equal(vote.status, 'setup')
    await screenshot(clerk.page, 'vote-created')

    // 2. Each scrutineer generates a key share in their own browser.
    // (Not `member`: the lockout scenario locks that account for a quarter of an hour.)
    const leader = await signedInBrowser('leader')
    const branch = await signedInBrowser('branch')
    open.push(leader, branch)
    await generateShare(leader, vote.id)
    await generateShare(branch, vote.id)

    // 3. The teller opens the vote from the console.
    const teller = await signedInBrowser('teller')
    open.push(teller)
    await teller.page.goto(`/votes/${vote.id}`)
    const opened = teller.page.waitForResponse((r) => r.url().endsWith(`/api/votes/${vote.id}/open`))
    await teller.page.locator(tid('vote-open')).click()
    await teller.page.locator('.el-message-box__btns .el-button--primary').click().catch(() => {})
    assert.equal((await opened).status(), 200)

    // 4. Five deputies vote on a phone; the first then tries again and is refused.
    const { b: first, receipt } = await castOnPhone(vote.id, 'deputy')
    open.push(first)
    await screenshot(first.page, 'vote-receipt')
    for (const user of ['deputy2', 'deputy3', 'deputy4', 'deputy5']) await (await castOnPhone(vote.id, user)).b.close()
    await first.page.goto(`/ballot/${vote.id}`)
    await first.page.locator(`${tid('ballot-blocked')}[data-reason="voted"]`).waitFor()
    const again = await first.page.evaluate(async (id) => {
      const csrf = document.cookie.match(/md_csrf=([^;]+)/)?.[1] ?? ''
      const r = await fetch(`/api/votes/${id}/ballots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({ ballot: { voteUid: 'x', alias: 'y', items: [], sum: null } }),
      })
      return { status: r.status, body: await r.json() }
    }, vote.id)
    assert.equal(again.status, 409)
    assert.equal(again.body.code, 'votes.already_voted')

    // 5. A paper voter is marked; both tellers enter the batch, the clerk's first entry differs.
    await teller.page.reload()
    await teller.page.locator(tid('vote-tab-roster')).click()
    await teller.page.locator(tid('roster-mark-paper')).first().click()
    await teller.page.locator('.el-message-box__btns .el-button--primary').click().catch(() => {})
    await teller.page.locator(tid('roster-unmark-paper')).first().waitFor()
    const paperBallot = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    assert.equal((await enterBatch(teller.page, paperBallot, 1)).status, 'waiting')
    await clerk.page.goto(`/votes/${vote.id}`)
    const mismatch = await enterBatch(clerk.page, [[1, 0, 0], [1, 0, 0], [0, 0, 1]], 1)
    assert.equal(mismatch.status, 'mismatch')
    await clerk.page.locator(tid('paper-diff-1')).waitFor()
    await screenshot(clerk.page, 'vote-paper-mismatch')
    assert.equal((await enterBatch(clerk.page, paperBallot, 1)).status, 'agreed')

    // 6. The teller closes; both scrutineers decrypt; the last share certifies.
    await teller.page.reload()
    const closed = teller.page.waitForResponse((r) => r.url().endsWith(`/api/votes/${vote.id}/close`))
    await teller.page.locator(tid('vote-close')).click()
    await teller.page.locator('.el-message-box__btns .el-button--primary').click()
    assert.equal((await closed).status(), 200)
    assert.equal((await decrypt(leader, vote.id)).certified, false)
    assert.equal((await decrypt(branch, vote.id)).certified, true)

    // 7. The certified result (printable) and the receipt on the public board.
    const pub = await openBrowser(PHONE)
    open.push(pub)
    await pub.page.goto(`/ballot/result/${vote.id}`)
    await pub.page.locator(tid('result-seal')).waitFor()
    const result = await (await fetch(`${BASE_URL}/api/votes/${vote.id}/result`)).json()
    assert.equal(result.electronic, 5)
    assert.equal(result.paper, 1)
    assert.deepEqual(result.questions[0].counts, [6, 0, 0])
    assert.deepEqual(result.questions[1].counts, [0, 6, 0])
    assert.deepEqual(result.questions[2].counts, [0, 0, 6])
    await screenshot(pub.page, 'vote-result-print')
    await pub.page.goto(`/ballot/board/${vote.id}`)
    await pub.page.locator(`${tid('board-receipt-input')} input, input${tid('board-receipt-input')}`).first().fill(receipt)
    await pub.page.locator(tid('board-lookup')).click()
    await pub.page.locator(tid('board-found')).waitFor()
    await screenshot(pub.page, 'vote-board-found')

    // 8. Anyone can check the export; one changed byte makes the check fail.
    const dir = mkdtempSync(join(tmpdir(), 'md-vote-'))
    const file = join(dir, 'vote.json')
    writeFileSync(file, Buffer.from(await (await fetch(`${BASE_URL}/api/votes/${vote.id}/export`)).arrayBuffer()))
    const ok = execFileSync(BIN, ['verify-vote', file], { encoding: 'utf8' })
    assert.match(ok, new RegExp(`seal ${result.seal}`))
    const bytes = readFileSync(file)
    const at = bytes.indexOf(Buffer.from('"b":"')) + 10
    bytes[at] = bytes[at] === 0x30 ? 0x31 : 0x30
    writeFileSync(join(dir, 'tampered.json'), bytes)
    assert.throws(() => execFileSync(BIN, ['verify-vote', join(dir, 'tampered.json')], { stdio: 'pipe' }), /status 1|Command failed/)
  } finally {
    for (const b of open) await b.close().catch(() => {})
  }
})
