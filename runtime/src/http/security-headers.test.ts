import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { type TestServer, testServer } from '../testing/harness.ts'
import { serveWebApp } from '../web/web-app.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer({ seed: false })
})
afterAll(() => server.close())

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )
}

function expectHardened(response: Response, what: string) {
  const csp = directives(response.headers.get('content-security-policy'))
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"])
  expect(csp.get('script-src') ?? [], what).not.toContain("'unsafe-inline'")
  expect(csp.get('base-uri'), what).toEqual(["'none'"])
  expect(response.headers.get('x-frame-options'), what).toBe('DENY')
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff')
  expect(response.headers.get('referrer-policy'), what).toBe('no-referrer')
  expect(response.headers.get('permissions-policy'), what).toContain('camera=()')
}

describe('security headers', () => {
  it('are on API answers of every kind: success, refusal, unknown route', async () => {
    for (const [path, status] of [
      ['/healthz', 200],
      ['/api/openapi.json', 200],
      ['/api/v1/me', 401],
      ['/api/v1/nothing-here', 404],
    ] as const) {
      const response = await server.request('GET', path)
      expect(response.status, path).toBe(status)
      expectHardened(response as unknown as Response, path)
      // Nothing the API answers may run or load anything, an uploaded SVG or HTML included.
      expect(response.headers.get('content-security-policy'), path).toBe(
        "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      )
    }
    const bad = await server.request('POST', '/api/v1/auth/login', {
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    })
    expect(bad.status).toBe(415)
    expectHardened(bad as unknown as Response, 'a refused body')
  })

  it('are on the web apps’ pages; styles may be inline (antd), scripts only from this origin', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'signoff-csp-'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>')
    const { app } = createApp(server.deps)
    serveWebApp(app, '/designer', dist)
    serveWebApp(app, '', dist)
    for (const path of ['/designer/apps/1', '/start/reimbursement', '/']) {
      const page = await app.request(path)
      expect(page.headers.get('content-type'), path).toContain('text/html')
      expectHardened(page, path)
      const csp = directives(page.headers.get('content-security-policy'))
      expect(csp.get('style-src'), path).toEqual(["'self'", "'unsafe-inline'"])
      expect(csp.get('object-src'), path).toEqual(["'none'"])
      expect(csp.get('default-src'), path).toEqual(["'self'"])
      expect(csp.get('connect-src'), path).toEqual(["'self'"])
    }
    // No page evaluates code from strings: the workspace interprets submission schemas, the designer runs
    // definition validators precompiled at `pnpm generate` (test/e2e/csp.spec.ts shows both working).
    for (const path of ['/designer/apps/1', '/designer/', '/start/reimbursement', '/']) {
      const csp = directives((await app.request(path)).headers.get('content-security-policy'))
      expect(csp.get('script-src'), path).toEqual(["'self'"])
      expect(csp.get('script-src'), path).not.toContain("'unsafe-eval'")
    }
  })

  it('leave a stricter policy a route set for itself', async () => {
    const docs = await server.request('GET', '/api/docs')
    expect(docs.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'")
    expect(docs.headers.get('x-frame-options')).toBe('DENY')
  })

  it('add HSTS only behind TLS (secure cookies)', async () => {
    expect((await server.request('GET', '/healthz')).headers.get('strict-transport-security')).toBeNull()
    const { app } = createApp({ ...server.deps, secureCookies: true })
    expect((await app.request('/healthz')).headers.get('strict-transport-security')).toContain(
      'max-age=31536000',
    )
  })
})
