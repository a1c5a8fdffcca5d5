import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  apply,
  bankTransfers,
  drain,
  mismatchedFace,
  review,
  sampleOf,
} from '../certification/testing/applying.ts'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let admin: Session
let seen: Set<string>

beforeEach(async () => {
  server = await testServer()
  admin = await server.signIn('admin')
  seen = new Set()
})
afterEach(() => server.close())

type Notice = {
  id: string
  instanceId: string
  reason: string
  message: { 'zh-CN': string; en: string } | null
}

/** The notices that arrived since the last look, oldest first, as their reasons. */
async function newNotices(): Promise<string[]> {
  const { items } = (await (
    await admin.request('GET', '/api/v1/org/certification/notifications')
  ).json()) as {
    items: Notice[]
  }
  const fresh = items.filter((item) => !seen.has(item.id)).reverse()
  for (const item of fresh) {
    seen.add(item.id)
    expect(item.message, item.reason).not.toBeNull()
  }
  server.advance(1_000)
  return fresh.map((item) => item.reason).sort()
}

const act = (id: string, action: string, values: Record<string, unknown>) =>
  admin.request('POST', `/api/v1/org/certification/applications/${id}/${action}`, { json: { values } })

describe('the applicant’s notices', () => {
  it('tell them of every step of an enterprise application: received, checked, returned, the deposit, verified, certified', async () => {
    const { id } = await (await apply(admin, 'enterprise', sampleOf('enterprise'))).json()
    expect(await newNotices()).toEqual(['certification.submitted'])
    await drain(server)
    expect(await newNotices()).toEqual(['certification.precheckPassed'])
    const reviewer1 = await server.signIn('reviewer1')
    await review(reviewer1, id, 'reject', { reason: '营业执照已过期', reasonCode: 'expired' })
    await drain(server)
    expect(await newNotices()).toEqual(['returned', 'taskAssigned'])
    expect((await act(id, 'resubmit', {})).status).toBe(200)
    await drain(server)
    expect(await newNotices()).toEqual(['certification.precheckPassed'])
    await review(reviewer1, id)
    await drain(server)
    expect(await newNotices()).toEqual(['certification.depositSent', 'step', 'taskAssigned'])
    const amount = (await bankTransfers(server))[0]?.amount ?? ''
    const wrong = amount === '0.50' ? '0.51' : '0.50'
    expect((await act(id, 'complete', { depositAmount: wrong })).status).toBe(200)
    await drain(server)
    // The entry step passed (step) and a fresh one waits for the next try (taskAssigned).
    expect(await newNotices()).toEqual(['step', 'taskAssigned'])
    expect((await act(id, 'complete', { depositAmount: amount })).status).toBe(200)
    await drain(server)
    expect(await newNotices()).toEqual(['certification.depositVerified', 'step'])
    await review(await server.signIn('reviewer2'), id)
    await drain(server)
    expect(await newNotices()).toEqual(['approved', 'certification.granted', 'step'])
    // Running the scheduler again tells nobody anything twice.
    await drain(server)
    expect(await newNotices()).toEqual([])
  })

  it('tell them when the face check returns an individual business’s application, and when it passes', async () => {
    const refused = await apply(admin, 'individual', {
      ...sampleOf('individual'),
      operatorIdNumber: mismatchedFace,
    })
    const { id } = await refused.json()
    await drain(server)
    expect(await newNotices()).toEqual([
      'certification.precheckPassed',
      'certification.submitted',
      'returned',
      'taskAssigned',
    ])
    expect(
      (await act(id, 'resubmit', { operatorIdNumber: sampleOf('individual').operatorIdNumber })).status,
    ).toBe(200)
    await drain(server)
    expect(await newNotices()).toEqual(['certification.faceVerified', 'certification.precheckPassed'])
  })

  it('are the applying organization’s admins’ only', async () => {
    await apply(admin, 'enterprise', sampleOf('enterprise'))
    const member = await server.signIn('zhangsan')
    expect((await member.request('GET', '/api/v1/org/certification/notifications')).status).toBe(403)
    const reviewer = await server.signIn('reviewer1')
    const bell = await (await reviewer.request('GET', '/api/v1/notifications')).json()
    expect(JSON.stringify(bell)).not.toContain('certification.submitted')
  })
})
