import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { demoPassword } from '../seed/demo.ts'
import { type TestServer, testServer } from '../testing/harness.ts'
import { serveWebApp } from '../web/web-app.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer()
})
afterAll(() => server.close())

const cookieOf = (response: Response | { headers: Headers }) =>
  (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''

const signInWith = (login: string, headers: Record<string, string> = {}, password = demoPassword) =>
  server.request('POST', '/api/v1/auth/login', { json: { login, password }, headers })

const meWith = (cookie: string) => server.request('GET', '/api/v1/me', { headers: { cookie } })

describe('session fixation', () => {
  it('gives a new session id on every sign-in and ends the one the client came with', async () => {
    const first = await signInWith('lisi')
    const old = cookieOf(first)
    const second = await signInWith('lisi', { cookie: old })
    const fresh = cookieOf(second)
    expect(fresh).toMatch(/^signoff_session=[\w-]{20,}$/)
    expect(fresh).not.toBe(old)
    expect((await meWith(old)).status).toBe(401)
    expect((await meWith(fresh)).status).toBe(200)
  })

  it('never adopts a session id the client chose (planted by an attacker)', async () => {
    const planted = 'signoff_session=attacker-chosen-session-id-0123456789'
    const response = await signInWith('wangwu', { cookie: planted })
    expect(response.status).toBe(200)
    expect(cookieOf(response)).not.toBe(planted)
    expect((await meWith(planted)).status).toBe(401)
  })

  it('keeps the current session when a sign-in fails (a failed attempt cannot sign someone out)', async () => {
    const session = await server.signIn('zhaoliu')
    expect((await signInWith('zhaoliu', { cookie: session.cookie }, 'wrong-password')).status).toBe(401)
    expect((await meWith(session.cookie)).status).toBe(200)
  })

  it('makes the cookie and its CSRF token useless after logout', async () => {
    const session = await server.signIn('sunba')
    expect((await session.request('POST', '/api/v1/auth/logout')).status).toBe(204)
    expect((await session.request('GET', '/api/v1/me')).status).toBe(401)
    expect((await session.request('POST', '/api/v1/tokens', { json: { name: 'after logout' } })).status).toBe(
      401,
    )
    expect((await session.request('POST', '/api/v1/auth/logout')).status).toBe(401)
  })
})

describe('CSRF on cookie requests', () => {
  it('refuses every unsafe method without the token, and with the token of another session', async () => {
    const mine = await server.signIn('zhangsan')
    const other = await server.signIn('lisi')
    const cases: [string, string, unknown][] = [
      ['POST', '/api/v1/tokens', { name: 'x' }],
      ['PATCH', '/api/v1/departments/brand', { name: 'x' }],
      ['PUT', '/api/v1/org/two-factor-policy', { requireForAdmins: false }],
      ['DELETE', '/api/v1/tokens/tok_none', undefined],
    ]
    for (const [method, path, json] of cases) {
      for (const csrf of [undefined, other.csrf, '', mine.csrf.toUpperCase()]) {
        const response = await server.request(method, path, {
          ...(json === undefined ? {} : { json }),
          headers: { cookie: mine.cookie, ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }) },
        })
        expect(response.status, `${method} ${path} with ${csrf}`).toBe(403)
        expect((await response.json()).error.code).toBe('csrf')
      }
    }
  })

  it('takes the token from the header only, not from the query or the body', async () => {
    const session = await server.signIn('zhangsan')
    const viaQuery = await server.request(
      'POST',
      `/api/v1/tokens?csrf=${session.csrf}&_csrf=${session.csrf}`,
      {
        json: { name: 'q' },
        headers: { cookie: session.cookie },
      },
    )
    expect(viaQuery.status).toBe(403)
    const viaBody = await server.request('POST', '/api/v1/tokens', {
      json: { name: 'b', csrfToken: session.csrf },
      headers: { cookie: session.cookie },
    })
    expect(viaBody.status).toBe(403)
  })

  it('never falls back to the cookie when a Bearer header is wrong', async () => {
    const session = await server.signIn('zhangsan')
    const response = await server.request('GET', '/api/v1/me', {
      headers: { cookie: session.cookie, authorization: 'Bearer so_forged_token' },
    })
    expect(response.status).toBe(401)
  })

  it('accepts sign-in as JSON only, so a cross-site form cannot sign a victim into another account', async () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
    ]) {
      const response = await server.request('POST', '/api/v1/auth/login', {
        body: 'login=admin&password=demo1234',
        headers: { 'content-type': type },
      })
      expect(response.status, type).toBe(415)
      expect(response.headers.get('set-cookie')).toBeNull()
    }
  })
})

describe('path tricks never pass a guard', () => {
  const spellings = (path: string) => {
    const [, head = '', last = ''] = /^(.*\/)([^/]+)$/.exec(path) ?? []
    return [
      path,
      `${path}/`,
      path.toUpperCase(),
      `${head}${last.toUpperCase()}`,
      `${head}%2f${last}`,
      `${head.slice(0, -1)}%2f${last}`,
      `${head}${last}%2f`,
      `${head}x/../${last}`,
      `${head}./${last}`,
      `${head}%2e%2e/${last}`,
      `${head}${last}%00`,
      `${head}${last};.css`,
      `${head.replace('/v1/', '//v1/')}${last}`,
      `${head}${encodeURIComponent(last[0] ?? '')}${last.slice(1)}`.replace(/%/g, '%25'),
    ]
  }

  it('answers an anonymous caller 401 or 404, never the data, however /api/v1/users is spelled', async () => {
    for (const path of spellings('/api/v1/users')) {
      const response = await server.request('GET', path)
      expect([401, 404], path).toContain(response.status)
      expect(await response.text(), path).not.toContain('zhangsan')
    }
  })

  it('keeps a member out of an admin-only write however the path is spelled', async () => {
    const member = await server.signIn('wangwu')
    for (const path of spellings('/api/v1/departments')) {
      const response = await member.request('POST', path, { json: { id: 'sneaky', name: 'sneaky' } })
      expect([403, 404], path).toContain(response.status)
    }
    const { items } = await (await member.request('GET', '/api/v1/departments')).json()
    expect(JSON.stringify(items)).not.toContain('sneaky')
  })

  it('does not let an unusual spelling of /api reach the JSON API through the web app at the root', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'signoff-paths-'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>workspace</title>')
    const { app } = createApp(server.deps)
    serveWebApp(app, '', dist)
    for (const path of ['/API/v1/users', '/api%2fv1/users', '/Api/v1/users/', '/x/../api/v1/users']) {
      const response = await app.request(path)
      const text = await response.text()
      expect(text, path).not.toContain('zhangsan')
      if (response.status === 200) expect(response.headers.get('content-type'), path).toContain('text/html')
    }
  })
})

describe('links are never built from the request’s Host or Origin', () => {
  it('answers the same whatever Host, Origin and X-Forwarded-Host claim', async () => {
    const forged = {
      host: 'evil.example',
      origin: 'https://evil.example',
      'x-forwarded-host': 'evil.example',
    }
    const admin = await server.signIn('admin')
    for (const path of ['/api/openapi.json', '/api/docs', '/api/v1/me', '/api/v1/notifications']) {
      const plain = await (await admin.request('GET', path)).text()
      const spoofed = await (await admin.request('GET', path, { headers: forged })).text()
      expect(spoofed, path).not.toContain('evil.example')
      expect(spoofed.length, path).toBe(plain.length)
    }
  })
})
