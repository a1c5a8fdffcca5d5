import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer

beforeEach(async () => {
  server = await testServer()
})
afterEach(() => server.close())

describe('GET /org/certification/form', () => {
  it('gives an org admin the current form of the platform app for each type', async () => {
    const admin = await server.signIn('admin')
    const enterprise = await (
      await admin.request('GET', '/api/v1/org/certification/form?type=enterprise')
    ).json()
    expect(enterprise.type).toBe('enterprise')
    expect(enterprise.version).toBeGreaterThanOrEqual(1)
    expect(enterprise.permissions).toEqual({ depositAmount: 'hidden' })
    const ids = JSON.stringify(enterprise.form.fields)
    for (const field of ['creditCode', 'businessLicence', 'bankAccountNumber'])
      expect(ids).toContain(`"${field}"`)
    const individual = await (
      await admin.request('GET', '/api/v1/org/certification/form?type=individual')
    ).json()
    expect(individual.type).toBe('individual')
    expect(JSON.stringify(individual.form.fields)).not.toContain('"bankAccountNumber"')
  })

  it('refuses members and an unknown type', async () => {
    const member = await server.signIn('zhangsan')
    expect((await member.request('GET', '/api/v1/org/certification/form?type=enterprise')).status).toBe(403)
    const admin = await server.signIn('admin')
    const bad = await admin.request('GET', '/api/v1/org/certification/form?type=gold')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.path).toBe('/type')
  })
})
