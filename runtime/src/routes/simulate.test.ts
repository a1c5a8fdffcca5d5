import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appIdOf, procurementValues, sessions } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let as: (login: string) => Promise<Session>
let reimbursement: string
let procurement: string

beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
  const admin = await as('admin')
  reimbursement = await appIdOf(admin, 'reimbursement')
  procurement = await appIdOf(admin, 'procurement')
})
afterAll(() => server.close())

const [firstItem] = sampleSubmissions.reimbursement.values.items as Record<string, unknown>[]
const reimbursementOf = (amount: string): Record<string, unknown> => ({
  ...sampleSubmissions.reimbursement.values,
  items: [{ ...firstItem, amount }],
})
const simulate = async (login: string, appId: string, body: object) =>
  (await as(login)).request('POST', `/api/v1/apps/${appId}/simulate`, { json: body })
const asked = (simulation: LooseJson) =>
  simulation.steps
    .filter((step: LooseJson) => step.assignees.length > 0)
    .map((step: LooseJson) => `${step.node}:${step.assignees.map((a: LooseJson) => a.name).join('+')}`)

describe('POST /apps/{id}/simulate', () => {
  it('shows a member the path of the current version as they fill it, updating with the amount', async () => {
    const small = await simulate('zhangsan', reimbursement, { values: reimbursementOf('9000.00') })
    expect(small.status).toBe(200)
    const under = await small.json()
    expect(under).toMatchObject({ initiator: 'zhangsan', status: 'approved', source: { version: 1 } })
    const large = await (
      await simulate('zhangsan', reimbursement, { values: reimbursementOf('10000.01') })
    ).json()
    // Over 10,000 the general manager is asked as well; names are what a person reads.
    expect(asked(large).length).toBe(asked(under).length + 1)
    expect(asked(large).join(' ')).toContain('孙八')
    expect(asked(under).join(' ')).not.toContain('孙八')
    expect(large.steps[0]).toMatchObject({
      node: 'start',
      kind: 'start',
      name: { 'zh-CN': expect.any(String) },
    })
  })

  it('lets owners simulate the draft for any initiator', async () => {
    const response = await simulate('admin', procurement, {
      source: 'draft',
      initiator: 'zhengyi',
      values: procurementValues('20000.01'),
    })
    expect(response.status).toBe(200)
    const simulation = await response.json()
    expect(simulation.source).toEqual({ draft: expect.any(Number) })
    expect(simulation.steps.map((step: LooseJson) => step.node)).toContain('technicalEvaluation')
    const asMember = await (
      await simulate('admin', procurement, {
        source: 'draft',
        initiator: 'zhangsan',
        values: procurementValues('20000.01'),
      })
    ).json()
    // zhangsan is no project manager: no technical evaluation for him.
    expect(asMember.steps.map((step: LooseJson) => step.node)).not.toContain('technicalEvaluation')
  })

  it('answers with the refusal and its issues while the values are not yet complete', async () => {
    const incomplete = reimbursementOf('100.00')
    incomplete.items = [{ expenseDate: '2026-11-16', category: 'travel', amount: '100.00', receipt: [] }]
    const simulation = await (await simulate('zhangsan', reimbursement, { values: incomplete })).json()
    expect(simulation).toMatchObject({ status: 'failed', steps: [], refusal: { code: 'invalid_values' } })
    expect(simulation.refusal.issues.map((issue: LooseJson) => issue.path)).toEqual(['/items/0/receipt'])
  })

  it.each([
    ['a member naming another initiator', 'zhangsan', { initiator: 'zhengyi' }, 403, undefined],
    ['a member asking for the draft', 'zhangsan', { source: 'draft' }, 403, undefined],
    ['an unknown initiator', 'admin', { initiator: 'ghost' }, 400, '/initiator'],
    ['values that are not an object', 'zhangsan', { values: 'x' }, 400, '/values'],
    ['an unknown source', 'zhangsan', { source: 'v0' }, 400, '/source'],
  ])('refuses %s', async (_name, login, patch, status, path) => {
    const response = await simulate(login, procurement, { values: procurementValues('100.00'), ...patch })
    expect(response.status).toBe(status)
    if (path) expect((await response.json()).error.path).toBe(path)
  })

  it('does not let another tenant see the app (404)', async () => {
    const reviewer = await server.signIn('reviewer1', { tenant: 'platform' })
    const response = await reviewer.request('POST', `/api/v1/apps/${procurement}/simulate`, {
      json: { values: {} },
    })
    expect(response.status).toBe(404)
  })

  it('needs a signed-in caller', async () => {
    const response = await server.request('POST', `/api/v1/apps/${procurement}/simulate`, {
      json: { values: {} },
    })
    expect(response.status).toBe(401)
  })
})
