import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { argon2Hasher } from '../auth/password.ts'
import { certify } from '../certification/testing/certify.ts'
import { type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer({ loginLimit: { maxFailures: 3, windowSeconds: 600 } })
  // API tokens are for certified organizations (certification-features.test.ts tests the refusal).
  await certify(server.db)
})
afterAll(() => server.close())

const login = (body: object, ip = '203.0.113.5') =>
  server.request('POST', '/api/v1/auth/login', { json: body, headers: { 'x-forwarded-for': ip } })

describe('sign-in', () => {
  it('opens an http-only SameSite=Lax session and returns user, tenant, roles, permissions and the CSRF token', async () => {
    const response = await login({ login: 'admin', password: 'demo1234' })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^signoff_session=[\w-]{20,};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    const body = await response.json()
    expect(body.user).toMatchObject({ id: 'admin', login: 'admin', active: true })
    expect(body.user).not.toHaveProperty('password_hash')
    expect(body.tenant).toMatchObject({ slug: 'demo', kind: 'organization' })
    expect(body.roles).toEqual(['orgAdmin'])
    expect(body.permissions).toContain('org.manage')
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/)
  })

  it.each([
    ['a wrong password', { login: 'lisi', password: 'nope-nope' }, '198.18.0.1'],
    ['an unknown login', { login: 'nobody', password: 'demo1234' }, '198.18.0.2'],
    ['a login of another tenant', { login: 'reviewer1', password: 'demo1234', tenant: 'demo' }, '198.18.0.3'],
    ['an unknown tenant', { login: 'lisi', password: 'demo1234', tenant: 'acme' }, '198.18.0.4'],
  ])('refuses %s with the same 401', async (_, body, ip) => {
    const response = await login(body, ip)
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      error: { code: 'invalid_credentials', message: 'wrong login or password' },
    })
  })

  it('names the tenant when given and finds the only tenant with that login when not', async () => {
    expect((await login({ login: 'reviewer1', password: 'demo1234', tenant: 'platform' })).status).toBe(200)
    const me = await (await login({ login: 'reviewer2', password: 'demo1234' })).json()
    expect(me.tenant.kind).toBe('platform')
  })

  it('refuses a malformed body with 400 and the path', async () => {
    const response = await login({ login: 'admin' })
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatchObject({ code: 'schema.required', path: '/password' })
  })

  it('blocks a login and address after repeated failures with 429 and Retry-After, even with the right password', async () => {
    const ip = '203.0.113.77'
    for (let i = 0; i < 3; i++)
      expect((await login({ login: 'wangwu', password: 'wrong-pw' }, ip)).status).toBe(401)
    const blocked = await login({ login: 'wangwu', password: 'demo1234' }, ip)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBe(600)
    expect((await blocked.json()).error.code).toBe('too_many_attempts')
    // Another address is not blocked, and the block ends with the window.
    expect((await login({ login: 'wangwu', password: 'demo1234' }, '203.0.113.78')).status).toBe(200)
    server.advance(601_000)
    expect((await login({ login: 'wangwu', password: 'demo1234' }, ip)).status).toBe(200)
  })

  it('keeps the failure count in the database, so a second app instance on it sees the block', async () => {
    const ip = '203.0.113.90'
    for (let i = 0; i < 3; i++) await login({ login: 'yangliu', password: 'wrong-pw' }, ip)
    const { createApp } = await import('../app.ts')
    const other = createApp(server.deps).app
    const response = await other.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ login: 'yangliu', password: 'demo1234' }),
    })
    expect(response.status).toBe(429)
  })
})

describe('sessions and CSRF', () => {
  it('requires a session for /me (401) and serves it with one', async () => {
    expect((await server.request('GET', '/api/v1/me')).status).toBe(401)
    const session = await server.signIn('zhangsan')
    const me = await (await session.request('GET', '/api/v1/me')).json()
    expect(me).toMatchObject({ user: { id: 'zhangsan', departmentId: 'brand' }, roles: ['employee'] })
    expect(me.permissions).not.toContain('org.manage')
    expect(me.csrfToken).toBe(session.csrf)
  })

  it('refuses state-changing cookie requests without the matching X-CSRF-Token', async () => {
    const session = await server.signIn('zhangsan')
    const create = (headers: Record<string, string>) =>
      server.request('POST', '/api/v1/tokens', {
        json: { name: 'ci' },
        headers: { cookie: session.cookie, ...headers },
      })
    const missing = await create({})
    expect(missing.status).toBe(403)
    expect((await missing.json()).error.code).toBe('csrf')
    expect((await create({ 'x-csrf-token': 'forged' })).status).toBe(403)
    expect((await create({ 'x-csrf-token': session.csrf })).status).toBe(201)
    // Reads need no token.
    expect((await server.request('GET', '/api/v1/me', { headers: { cookie: session.cookie } })).status).toBe(
      200,
    )
  })

  it('ends the session on logout', async () => {
    const session = await server.signIn('lisi')
    expect((await session.request('POST', '/api/v1/auth/logout')).status).toBe(204)
    expect((await session.request('GET', '/api/v1/me')).status).toBe(401)
  })

  it('expires sessions after their lifetime', async () => {
    const session = await server.signIn('lisi')
    server.advance(13 * 3600_000)
    expect((await session.request('GET', '/api/v1/me')).status).toBe(401)
  })
})

describe('API tokens', () => {
  it('shows the secret once, authenticates with Bearer without CSRF, lists prefixes only and stops on revoke', async () => {
    const session = await server.signIn('zhaoliu')
    const created = await (
      await session.request('POST', '/api/v1/tokens', { json: { name: 'erp sync' } })
    ).json()
    expect(created.token).toMatch(/^so_[A-Za-z0-9]+_[\w-]+$/)
    expect(created.token.startsWith(created.prefix)).toBe(true)
    const bearer = { authorization: `Bearer ${created.token}` }
    const me = await (await server.request('GET', '/api/v1/me', { headers: bearer })).json()
    expect(me).toMatchObject({ user: { id: 'zhaoliu' }, csrfToken: null })
    const viaToken = await server.request('POST', '/api/v1/tokens', {
      json: { name: 'second' },
      headers: bearer,
    })
    expect(viaToken.status).toBe(201)
    const list = await (await session.request('GET', '/api/v1/tokens')).json()
    expect(list.items.map((item: { name: string }) => item.name)).toEqual(['erp sync', 'second'])
    expect(JSON.stringify(list)).not.toContain(created.token)
    expect(list.items[0].lastUsedAt).not.toBeNull()

    expect((await session.request('DELETE', `/api/v1/tokens/${created.id}`)).status).toBe(204)
    expect((await server.request('GET', '/api/v1/me', { headers: bearer })).status).toBe(401)
    expect(
      (await server.request('GET', '/api/v1/me', { headers: { authorization: 'Bearer so_x_forged' } }))
        .status,
    ).toBe(401)
  })

  it("treats another user's token id as not found, and another tenant's too", async () => {
    const owner = await server.signIn('zhaoliu')
    const { id } = await (await owner.request('POST', '/api/v1/tokens', { json: { name: 'mine' } })).json()
    const other = await server.signIn('lisi')
    expect((await other.request('DELETE', `/api/v1/tokens/${id}`)).status).toBe(404)
    const reviewer = await server.signIn('reviewer1')
    expect((await reviewer.request('DELETE', `/api/v1/tokens/${id}`)).status).toBe(404)
  })
})

describe('argon2', () => {
  it('hashes with argon2id and signs in through the real hasher', async () => {
    const hash = await argon2Hasher.hash('correct horse')
    expect(hash.startsWith('$argon2id$')).toBe(true)
    expect(await argon2Hasher.verify(hash, 'correct horse')).toBe(true)
    expect(await argon2Hasher.verify(hash, 'wrong horse')).toBe(false)
    expect(await argon2Hasher.verify('not a hash', 'x')).toBe(false)

    const real = await testServer({ seed: false, hasher: argon2Hasher })
    try {
      const { seedDemo } = await import('../seed/demo.ts')
      await seedDemo(real.db, argon2Hasher, new Date('2026-03-02T09:00:00Z'))
      const ok = await real.request('POST', '/api/v1/auth/login', {
        json: { login: 'sunba', password: 'demo1234' },
      })
      expect(ok.status).toBe(200)
      const bad = await real.request('POST', '/api/v1/auth/login', {
        json: { login: 'sunba', password: 'demo12345' },
      })
      expect(bad.status).toBe(401)
    } finally {
      await real.close()
    }
  })
})
