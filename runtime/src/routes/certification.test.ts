import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type BankAdapter, simulatedBank } from '../certification/bank-adapter.ts'
import type { CertificationAdapters } from '../certification/registry.ts'
import { certificationDb } from '../certification/tables.ts'
import {
  application,
  apply,
  bankTransfers,
  drain,
  otherOrganization,
  review,
  sampleOf,
  uploadedValues,
} from '../certification/testing/applying.ts'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let admin: Session

beforeEach(async () => {
  server = await testServer()
  admin = await server.signIn('admin')
})
afterEach(() => server.close())

/** Applies with the sample and runs the pre-check and the initial review up to the deposit entry. */
async function upToDeposit(adapters: Partial<CertificationAdapters> = {}): Promise<string> {
  const started = await apply(admin, 'enterprise', sampleOf('enterprise'))
  expect(started.status).toBe(201)
  const { id } = await started.json()
  await drain(server, adapters)
  expect((await review(await server.signIn('reviewer1'), id)).status).toBe(200)
  await drain(server, adapters)
  return id
}

const enterAmount = (id: string, amount: string) =>
  admin.request('POST', `/api/v1/org/certification/applications/${id}/complete`, {
    json: { values: { depositAmount: amount } },
  })

async function sentAmount(): Promise<string> {
  const transfers = await bankTransfers(server)
  expect(transfers).toHaveLength(1)
  return transfers[0]?.amount ?? ''
}

/** Another amount in range that differs from the one sent. */
const wrongAmount = (amount: string, step: number) => {
  const cents = ((Math.round(Number(amount) * 100) - 1 + step) % 100) + 1
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

describe('enterprise certification over HTTP', () => {
  it('goes from applying to certified intermediate: pre-check, 初审, one deposit, the exact amount, 复审, grant', async () => {
    const started = await apply(admin, 'enterprise', sampleOf('enterprise'))
    expect(started.status).toBe(201)
    const body = await started.json()
    expect(body).toMatchObject({ status: 'running', applicationType: 'enterprise' })
    expect(body.values).not.toHaveProperty('depositAmount')

    await drain(server)
    const reviewer1 = await server.signIn('reviewer1')
    const seen = await (await reviewer1.request('GET', `/api/v1/instances/${body.id}`)).json()
    expect(seen.values.creditCode).toBe('91350100M000100Y43')
    expect((await review(reviewer1, body.id)).status).toBe(200)

    await drain(server)
    const amount = await sentAmount()
    expect(amount).toMatch(/^(0\.(0[1-9]|[1-9]\d)|1\.00)$/)
    const waiting = await application(admin, body.id)
    expect(waiting.applicantTask).toMatchObject({ node: 'confirmDeposit', kind: 'handle' })
    expect(waiting.attemptsLeft).toEqual({ verifyDeposit: 3 })

    expect((await enterAmount(body.id, amount)).status).toBe(200)
    await drain(server)
    const reviewer2 = await server.signIn('reviewer2')
    expect((await review(reviewer2, body.id)).status).toBe(200)
    await drain(server)

    expect((await application(admin, body.id)).status).toBe('approved')
    const zhangsan = await server.signIn('zhangsan')
    const status = await (await zhangsan.request('GET', '/api/v1/org/certification')).json()
    expect(status).toMatchObject({
      level: 'intermediate',
      certified: true,
      creditCode: '91350100M000100Y43',
      enterpriseName: '示例科技有限公司',
      instanceId: body.id,
      appVersion: 1,
      features: { webhooks: true, apiTokens: true, publishedAppLimit: null },
    })
    expect(status).not.toHaveProperty('applications')
    const me = await (await zhangsan.request('GET', '/api/v1/me')).json()
    expect(JSON.stringify(me)).toContain('"certificationLevel":"intermediate"')
    expect(await bankTransfers(server)).toHaveLength(1)
    const audit = await (await admin.request('GET', '/api/v1/audit')).json()
    const actions = JSON.stringify(audit)
    expect(actions).toContain('certification.apply')
    expect(actions).toContain('certification.grant')
    const again = await apply(admin, 'enterprise', sampleOf('enterprise'))
    expect(again.status).toBe(409)
  })

  it('records the applicant organization and user, and shows the application to that org’s admins and the reviewers only', async () => {
    const before = await (await admin.request('GET', '/api/v1/org/certification')).json()
    expect(before).toMatchObject({ level: 'none', certified: false, applications: [] })
    expect(before.features).toEqual({ webhooks: false, apiTokens: false, publishedAppLimit: 5 })
    const key = { 'idempotency-key': 'apply-1' }
    const values = await uploadedValues(admin, sampleOf('enterprise'))
    const first = await admin.request('POST', '/api/v1/org/certification/apply?type=enterprise', {
      json: { values },
      headers: key,
    })
    const replayed = await admin.request('POST', '/api/v1/org/certification/apply?type=enterprise', {
      json: { values },
      headers: key,
    })
    expect([first.status, replayed.status]).toEqual([201, 201])
    expect(replayed.headers.get('idempotent-replayed')).toBe('true')
    const { id } = await first.json()
    expect((await replayed.json()).id).toBe(id)
    const link = await certificationDb(server.db)
      .selectFrom('certification_applicants')
      .innerJoin('instances', 'instances.initiator_id', 'certification_applicants.platform_user_id')
      .select(['org_tenant_id', 'org_user_id', 'instances.tenant_id'])
      .where('instances.id', '=', id)
      .executeTakeFirstOrThrow()
    expect(link).toEqual({ org_tenant_id: 'demo', org_user_id: 'admin', tenant_id: 'platform' })

    await otherOrganization(server)
    const boss = await server.signIn('boss')
    expect((await boss.request('GET', `/api/v1/org/certification/applications/${id}`)).status).toBe(404)
    expect((await boss.request('GET', `/api/v1/instances/${id}`)).status).toBe(404)
    const zhangsan = await server.signIn('zhangsan')
    expect((await apply(zhangsan, 'enterprise', sampleOf('enterprise'))).status).toBe(403)
    expect((await apply(await server.signIn('reviewer1'), 'enterprise', sampleOf('enterprise'))).status).toBe(
      403,
    )
    expect((await apply(admin, 'platinum' as 'enterprise', sampleOf('enterprise'))).status).toBe(400)
    expect((await zhangsan.request('GET', `/api/v1/org/certification/applications/${id}`)).status).toBe(403)
    expect((await zhangsan.request('GET', `/api/v1/instances/${id}`)).status).toBe(404)
    // reviewer2 has no task yet: like any approver, they see it once it reaches them.
    expect((await (await server.signIn('reviewer2')).request('GET', `/api/v1/instances/${id}`)).status).toBe(
      404,
    )
    await drain(server)
    expect((await (await server.signIn('reviewer1')).request('GET', `/api/v1/instances/${id}`)).status).toBe(
      200,
    )
    const list = await (await admin.request('GET', '/api/v1/org/certification')).json()
    expect(list.applications.map((a: { id: string }) => a.id)).toEqual([id])
    expect((await apply(admin, 'enterprise', sampleOf('enterprise'))).status).toBe(409)
  })

  it('a refused application leaves nothing behind: no stand-in, the uploads still the applicant’s', async () => {
    const values = await uploadedValues(admin, sampleOf('enterprise'))
    const refused = await admin.request('POST', '/api/v1/org/certification/apply?type=enterprise', {
      json: { values: { ...values, creditCode: 'not a code' } },
    })
    expect(refused.status).toBe(400)
    const standIns = await certificationDb(server.db)
      .selectFrom('certification_applicants')
      .selectAll()
      .execute()
    expect(standIns).toEqual([])
    const accepted = await admin.request('POST', '/api/v1/org/certification/apply?type=enterprise', {
      json: { values },
    })
    expect(accepted.status).toBe(201)
  })

  it('refuses a credit code another organization holds with 企业信息已存在 and the help text, returning the application', async () => {
    await otherOrganization(server)
    await certificationDb(server.db)
      .insertInto('tenant_certifications')
      .values({
        tenant_id: 'other',
        level: 'intermediate',
        credit_code: '91350100M000100Y43',
        enterprise_name: '示例科技有限公司',
        certified_at: '2026-01-01T00:00:00.000Z',
        app_id: 'app',
        app_version: 1,
        instance_id: 'ins',
      })
      .execute()
    const { id } = await (await apply(admin, 'enterprise', sampleOf('enterprise'))).json()
    await drain(server)
    const returned = await application(admin, id)
    expect(returned.status).toBe('returned')
    expect(returned.returned.reason).toContain('企业信息已存在')
    expect(returned.returned.reason).toContain('Enterprise already exists')
    expect(returned.returned.reason).toContain('联系平台客服')
    expect(returned.applicantTask).toMatchObject({ kind: 'input' })
    const notices = await (await admin.request('GET', '/api/v1/org/certification/notifications')).json()
    expect(notices.items.map((n: { reason: string }) => n.reason)).toContain('returned')
  })

  it('three wrong amounts return the application, each wrong one telling how many tries remain; resubmitting sends a new deposit', async () => {
    const id = await upToDeposit()
    const amount = await sentAmount()
    for (const [step, left] of [
      [1, 2],
      [2, 1],
    ] as const) {
      expect((await enterAmount(id, wrongAmount(amount, step))).status).toBe(200)
      await drain(server)
      const view = await application(admin, id)
      expect(view.status).toBe('running')
      expect(view.attemptsLeft).toEqual({ verifyDeposit: left })
      expect(view.applicantTask).toMatchObject({ node: 'confirmDeposit' })
      const notes = JSON.stringify(view.timeline.at(-1))
      expect(notes).toContain(`还剩 ${left} 次机会`)
    }
    expect((await enterAmount(id, wrongAmount(amount, 3))).status).toBe(200)
    await drain(server)
    const returned = await application(admin, id)
    expect(returned.status).toBe('returned')
    expect(returned.returned.reason).toContain('the amount does not match')
    expect(returned.applicantTask).toMatchObject({ kind: 'input' })

    const resubmitted = await admin.request('POST', `/api/v1/org/certification/applications/${id}/resubmit`, {
      json: { values: {} },
    })
    expect(resubmitted.status).toBe(200)
    await drain(server)
    await review(await server.signIn('reviewer1'), id)
    await drain(server)
    expect(await bankTransfers(server)).toHaveLength(2)
    const deposits = await certificationDb(server.db)
      .selectFrom('certification_deposits')
      .select(['status', 'wrong_attempts'])
      .orderBy('created_at')
      .execute()
    expect(deposits.map((d) => d.status).sort()).toEqual(['failed', 'sent'])
    expect((await application(admin, id)).attemptsLeft).toEqual({ verifyDeposit: 3 })
  })

  it('retrying the deposit step (a failed attempt retried, a re-run outbox row) sends one deposit only', async () => {
    // The bank takes the first request but the answer is lost: the engine retries after its backoff.
    const bank = simulatedBank(server.db, server.deps.now)
    const keys: string[] = []
    const flaky: BankAdapter = {
      sendDeposit: async (request) => {
        keys.push(request.idempotencyKey)
        await bank.sendDeposit(request)
        return keys.length === 1 ? { ok: false, error: 'timeout', final: false } : { ok: true }
      },
    }
    const id = await upToDeposit({ bank: flaky })
    expect((await application(admin, id)).applicantTask).toBeNull()
    server.advance(11 * 60 * 1000)
    await drain(server, { bank: flaky })
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    expect(await bankTransfers(server)).toHaveLength(1)
    expect((await application(admin, id)).applicantTask).toMatchObject({ node: 'confirmDeposit' })

    // The same attempt run again, as after a crash between the bank call and the commit.
    const row = await server.db
      .selectFrom('outbox')
      .selectAll()
      .where('instance_id', '=', id)
      .where('kind', '=', 'runAutomation')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow()
    await server.db
      .updateTable('outbox')
      .set({ delivered_at: null, lease_until: null, next_at: server.deps.now().toISOString() })
      .where('id', '=', row.id)
      .execute()
    await drain(server)
    expect(await bankTransfers(server)).toHaveLength(1)
    expect((await application(admin, id)).applicantTask).toMatchObject({ node: 'confirmDeposit' })
  })

  it('never shows the amount sent to the applicant: no response, notice, log line or event carries it', async () => {
    const lines: string[] = []
    server.deps.log = (entry) => lines.push(JSON.stringify(entry))
    // Drawn rather than random: the form's own text names 0.01, 0.37 and 1.00.
    const id = await upToDeposit({ drawAmount: () => '0.83' })
    const amount = await sentAmount()
    const pattern = new RegExp(`(?<![\\d.])${amount.replace('.', '\\.')}(?![\\d])`)
    const answers = [await (await enterAmount(id, wrongAmount(amount, 1))).text()]
    await drain(server)
    // Every GET the API has, with the application's id wherever a path takes an id.
    const gets = server.router.specs.filter((spec) => spec.method === 'get' && spec.path.startsWith('/api/'))
    expect(gets.length).toBeGreaterThan(30)
    for (const spec of gets) {
      const path = spec.path.replace(/\{[^}]+\}/g, id)
      for (const query of ['', '?box=done', '?box=started', '?scope=all'])
        answers.push(`${path}${query} ${await (await admin.request('GET', `${path}${query}`)).text()}`)
    }
    for (const answer of answers) expect(answer).not.toMatch(pattern)
    const events = await server.db
      .selectFrom('instance_events')
      .selectAll()
      .where('instance_id', '=', id)
      .execute()
    expect(JSON.stringify(events)).not.toMatch(pattern)
    const notices = await server.db
      .selectFrom('notifications')
      .selectAll()
      .where('instance_id', '=', id)
      .execute()
    expect(JSON.stringify(notices)).not.toMatch(pattern)
    const outbox = await server.db.selectFrom('outbox').selectAll().where('instance_id', '=', id).execute()
    expect(JSON.stringify(outbox)).not.toMatch(pattern)
    expect(lines.join('\n')).not.toMatch(pattern)
  })
})
