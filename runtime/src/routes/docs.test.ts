import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestServer, testServer } from '../testing/harness.ts'
import { referencePage } from './docs.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer({ seed: false })
})
afterAll(() => server.close())

describe('GET /api/docs', () => {
  it('lists every route on one page without scripts', async () => {
    const response = await server.request('GET', '/api/docs')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    const page = await response.text()
    expect(page).not.toContain('<script')
    for (const spec of server.router.specs)
      expect(page).toContain(`<code>${spec.path.replaceAll("'", '&#39;')}</code>`)
  })

  it('escapes what it prints', () => {
    const page = referencePage([
      { method: 'get', path: '/x', summary: '<img src=x onerror=alert(1)>', tag: 't', auth: 'user' },
    ])
    expect(page).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(page).not.toContain('<img')
  })
})
