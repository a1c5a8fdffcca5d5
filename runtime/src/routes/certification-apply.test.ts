import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { application, apply, drain, review, sampleOf } from '../certification/testing/applying.ts'
import { certify } from '../certification/testing/certify.ts'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let admin: Session

beforeEach(async () => {
  server = await testServer()
  admin = await server.signIn('admin')
})
afterEach(() => server.close())

const claims = () =>
  server.db.withTables<{
    certification_apply_claims: { org_tenant_id: string; token: string; claimed_at: string }
  }>()

async function applications() {
  return (await (await admin.request('GET', '/api/v1/org/certification')).json()).applications as {
    id: string
    status: string
  }[]
}

describe('applying for certification', () => {
  it('of two applies at once, one starts the application and the other gets 409 application_open', async () => {
    const [first, second] = await Promise.all([
      apply(admin, 'enterprise', sampleOf('enterprise')),
      apply(admin, 'individual', sampleOf('individual')),
    ])
    expect([first.status, second.status].sort()).toEqual([201, 409])
    const refused = first.status === 409 ? first : second
    expect((await refused.json()).error).toMatchObject({ code: 'application_open' })
    expect(await applications()).toHaveLength(1)
    // The loser's files were never moved: they are still the admin's, unused, in the organization.
    const mine = await server.db
      .selectFrom('attachments')
      .select(['tenant_id', 'instance_id'])
      .where('tenant_id', '=', 'demo')
      .execute()
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.every((row) => row.instance_id === null)).toBe(true)
    expect(await claims().selectFrom('certification_apply_claims').selectAll().execute()).toEqual([])
  })

  it('of two different admins applying at once, one starts the application and the other gets 409', async () => {
    const granted = await admin.request('PATCH', '/api/v1/users/sunba', {
      json: { roles: ['generalManager', 'orgAdmin'] },
    })
    expect(granted.status).toBe(200)
    const sunba = await server.signIn('sunba')
    const answers = await Promise.all([
      apply(admin, 'enterprise', sampleOf('enterprise')),
      apply(sunba, 'enterprise', sampleOf('enterprise')),
    ])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
    const list = await applications()
    expect(list).toHaveLength(1)
    // Only the winner got a stand-in on the platform: the loser's apply stopped before making one.
    const standIns = await server.db
      .withTables<{ certification_applicants: { org_tenant_id: string } }>()
      .selectFrom('certification_applicants')
      .selectAll()
      .where('org_tenant_id', '=', 'demo')
      .execute()
    expect(standIns).toHaveLength(1)
  })

  it('refuses while an apply holds the claim, and takes over a claim left by an apply that died', async () => {
    const at = server.deps.now()
    await claims()
      .insertInto('certification_apply_claims')
      .values({ org_tenant_id: 'demo', token: 'other', claimed_at: at.toISOString() })
      .execute()
    const held = await apply(admin, 'enterprise', sampleOf('enterprise'))
    expect(held.status).toBe(409)
    expect((await held.json()).error.code).toBe('application_open')
    expect(await applications()).toEqual([])
    server.advance(5 * 60_000 + 1)
    expect((await apply(admin, 'enterprise', sampleOf('enterprise'))).status).toBe(201)
  })

  it('allows a new application once the previous one was withdrawn', async () => {
    const { id } = await (await apply(admin, 'enterprise', sampleOf('enterprise'))).json()
    const open = await apply(admin, 'enterprise', sampleOf('enterprise'))
    expect((await open.json()).error.code).toBe('application_open')
    await admin.request('POST', `/api/v1/org/certification/applications/${id}/withdraw`, { json: {} })
    expect((await application(admin, id)).status).toBe('withdrawn')
    expect((await apply(admin, 'enterprise', sampleOf('enterprise'))).status).toBe(201)
  })

  it('lets a certified individual business apply as an enterprise, and nothing else once certified', async () => {
    const started = await apply(admin, 'individual', sampleOf('individual'))
    const { id } = await started.json()
    await drain(server)
    expect((await review(await server.signIn('reviewer1'), id)).status).toBe(200)
    await drain(server)
    expect((await application(admin, id)).status).toBe('approved')
    const again = await apply(admin, 'individual', sampleOf('individual'))
    expect(again.status).toBe(409)
    expect((await again.json()).error.code).toBe('already_certified')
    expect((await apply(admin, 'enterprise', sampleOf('enterprise'))).status).toBe(201)
  })

  it.each(['enterprise', 'individual'] as const)(
    'refuses an enterprise certified at intermediate applying as %s',
    async (type) => {
      await certify(server.db, 'demo', 'intermediate')
      const refused = await apply(admin, type, sampleOf(type))
      expect(refused.status).toBe(409)
      expect((await refused.json()).error).toMatchObject({ code: 'already_certified' })
    },
  )
})
