import { templates } from '@signoff/templates'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publishVersion } from '../apps/publish.ts'
import { certificationDb } from '../certification/tables.ts'
import {
  application,
  apply,
  bankTransfers,
  drain,
  review,
  sampleOf,
} from '../certification/testing/applying.ts'
import { loadDirectory } from '../org/directory.ts'
import { apps } from '../repositories/apps.ts'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let admin: Session
let lines: string[]

beforeEach(async () => {
  server = await testServer()
  lines = []
  server.deps.log = (entry) => lines.push(JSON.stringify(entry))
  admin = await server.signIn('admin')
})
afterEach(() => server.close())

// An amount that nothing else in the answers or the log contains (the first test checks that), so a
// search for it finds only a leak; the form's own text names 0.01, 0.37 and 1.00.
const drawn = '0.83'
const settle = () => drain(server, { drawAmount: () => drawn })

async function upToDeposit(): Promise<{ id: string; amount: string }> {
  const { id } = await (await apply(admin, 'enterprise', sampleOf('enterprise'))).json()
  await settle()
  expect((await review(await server.signIn('reviewer1'), id)).status).toBe(200)
  await settle()
  const transfers = await bankTransfers(server)
  expect(transfers).toHaveLength(1)
  return { id, amount: transfers[0]?.amount ?? '' }
}

const enterAmount = (id: string, amount: string) =>
  admin.request('POST', `/api/v1/org/certification/applications/${id}/complete`, {
    json: { values: { depositAmount: amount } },
  })

/** Another amount in range, `step` cents on (wrapping), never the one sent. */
const wrongAmount = (amount: string, step: number) => {
  const cents = ((Math.round(Number(amount) * 100) - 1 + step) % 100) + 1
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

/** The amount as a number of its own in text (not a part of a longer one). */
const amountPattern = (amount: string) => new RegExp(`(?<![\\d.])${amount.replace('.', '\\.')}(?![\\d])`)

/** Every GET the API has, as the applicant, with the application's id wherever a path takes an id. */
async function everythingTheApplicantCanFetch(id: string): Promise<string[]> {
  const answers: string[] = []
  const gets = server.router.specs.filter((spec) => spec.method === 'get' && spec.path.startsWith('/api/'))
  for (const spec of gets) {
    const path = spec.path.replace(/\{[^}]+\}/g, id)
    for (const query of ['', '?box=done', '?box=started', '?scope=all', '?format=csv', '?q=0.'])
      answers.push(`${path}${query} ${await (await admin.request('GET', `${path}${query}`)).text()}`)
  }
  return answers
}

/** The platform's enterprise app with the verification step allowing 10 attempts, as a careless edit might. */
async function publishLooseRetries(): Promise<void> {
  const template = templates.find((t) => t.app.key === 'enterprise-certification')
  const app = await apps.getByKey(server.db, 'platform', 'enterprise-certification')
  if (!template || !app) throw new Error('no enterprise certification app')
  const content = structuredClone(template.app)
  for (const node of content.flow.nodes)
    if (node.id === 'verifyDeposit' && node.kind === 'automation') node.retry = { maxAttempts: 10 }
  await publishVersion(server.db, {
    tenantId: 'platform',
    appId: app.id,
    content,
    note: '10 attempts',
    authorId: null,
    now: server.deps.now().toISOString(),
    directory: await loadDirectory(server.db, 'platform'),
    action: 'app.publish',
  })
}

describe('guessing the micro-deposit', () => {
  it('locks the deposit after 3 wrong amounts even when an edited app allows 10, and takes no 4th entry', async () => {
    await publishLooseRetries()
    const { id, amount } = await upToDeposit()
    for (const step of [1, 2, 3]) {
      expect((await enterAmount(id, wrongAmount(amount, step))).status).toBe(200)
      await settle()
    }
    const returned = await application(admin, id)
    expect(returned.status).toBe('returned')
    expect(returned.returned.reason).toContain('no tries left')
    const fourth = await enterAmount(id, amount)
    expect(fourth.status).toBe(409)
    expect((await fourth.json()).error.code).toBe('no_open_step')
    const [deposit] = await certificationDb(server.db)
      .selectFrom('certification_deposits')
      .selectAll()
      .execute()
    expect(deposit).toMatchObject({ status: 'failed', wrong_attempts: 3 })
  })

  it('never lets the applicant fetch the amount, nor writes it to the log, from applying to certified', async () => {
    const pattern = amountPattern(drawn)
    const { id: earlier } = await (await apply(admin, 'enterprise', sampleOf('enterprise'))).json()
    // The control: before any deposit, nothing the applicant can fetch contains the amount.
    for (const answer of await everythingTheApplicantCanFetch(earlier)) expect(answer).not.toMatch(pattern)
    await admin.request('POST', `/api/v1/org/certification/applications/${earlier}/withdraw`, { json: {} })

    const { id, amount } = await upToDeposit()
    expect(amount).toBe(drawn)
    expect((await enterAmount(id, wrongAmount(amount, 1))).status).toBe(200)
    await settle()
    const whileWaiting = await everythingTheApplicantCanFetch(id)
    expect(whileWaiting.length).toBeGreaterThan(100)
    for (const answer of whileWaiting) expect(answer).not.toMatch(pattern)

    expect((await enterAmount(id, amount)).status).toBe(200)
    await settle()
    expect((await review(await server.signIn('reviewer2'), id)).status).toBe(200)
    await settle()
    expect((await application(admin, id)).status).toBe('approved')
    // Once entered, the amount is the applicant's own words, echoed as their entry and nowhere else.
    const echo = `"depositAmount":"${amount}"`
    const after = await everythingTheApplicantCanFetch(id)
    expect(after.some((answer) => answer.includes(echo))).toBe(true)
    for (const answer of after) expect(answer.replaceAll(echo, '')).not.toMatch(pattern)
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.join('\n')).not.toMatch(pattern)
  })
})
