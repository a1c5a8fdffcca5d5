import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../auth/secrets.ts'
import { base32Decode, hotp, totpStep } from '../auth/totp.ts'
import { apiTokens } from '../repositories/api-tokens.ts'
import { demoPassword } from '../seed/demo.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer()
})
afterAll(() => server.close())

/** The authenticator app: the code for the test clock's step, or one `offset` steps away. */
const codeFor = (secret: string, offset = 0) =>
  hotp(base32Decode(secret), totpStep(server.deps.now()) + offset)

const passwordStep = (login: string, ip = '198.51.100.20') =>
  server.request('POST', '/api/v1/auth/login', {
    json: { login, password: demoPassword },
    headers: { 'x-forwarded-for': ip },
  })

async function challengeFor(login: string, ip?: string): Promise<string> {
  const response = await passwordStep(login, ip)
  expect(response.status).toBe(401)
  expect(response.headers.get('set-cookie')).toBeNull()
  const { error } = await response.json()
  expect(error.code).toBe('two_factor_required')
  return error.challenge
}

const codeStep = (challenge: string, code: string, ip = '198.51.100.20') =>
  server.request('POST', '/api/v1/auth/login/two-factor', {
    json: { challenge, code },
    headers: { 'x-forwarded-for': ip },
  })

/** Enrols `login` and returns its secret, recovery codes and (pre-2FA) session. */
async function enrol(login: string): Promise<{ secret: string; recoveryCodes: string[]; session: Session }> {
  const session = await server.signIn(login)
  const { secret } = await (await session.request('POST', '/api/v1/auth/two-factor/enrol')).json()
  const confirmed = await session.request('POST', '/api/v1/auth/two-factor/confirm', {
    json: { code: codeFor(secret) },
  })
  expect(confirmed.status).toBe(200)
  const { recoveryCodes } = await confirmed.json()
  // The code that confirmed the enrolment is spent; the next sign-in needs the next one.
  server.advance(30_000)
  return { secret, recoveryCodes, session }
}

describe('two-factor enrolment', () => {
  it('shows the secret once as an otpauth URI, turns on only with a correct first code and gives ten recovery codes', async () => {
    const session = await server.signIn('zhangsan')
    const started = await session.request('POST', '/api/v1/auth/two-factor/enrol', {
      headers: { host: 'evil.example', origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' },
    })
    expect(started.status).toBe(200)
    const { secret, otpauthUri } = await started.json()
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Signoff[^:]*:zhangsan\?secret=[A-Z2-7]{32}&issuer=Signoff/)
    expect(otpauthUri).toContain(`secret=${secret}&`)
    expect(otpauthUri).toContain('algorithm=SHA1&digits=6&period=30')
    expect(otpauthUri).not.toContain('evil')
    let status = await (await session.request('GET', '/api/v1/auth/two-factor')).json()
    expect(status).toEqual({ enabled: false, pending: true, recoveryCodesLeft: 0, required: false })

    const wrong = await session.request('POST', '/api/v1/auth/two-factor/confirm', {
      json: { code: codeFor(secret) === '000000' ? '000001' : '000000' },
    })
    expect(wrong.status).toBe(400)
    expect((await wrong.json()).error).toMatchObject({ code: 'two_factor_invalid_code', path: '/code' })
    // A pending enrolment does not change sign-in.
    expect((await passwordStep('zhangsan')).status).toBe(200)

    const confirmed = await session.request('POST', '/api/v1/auth/two-factor/confirm', {
      json: { code: codeFor(secret) },
    })
    expect(confirmed.status).toBe(200)
    const { recoveryCodes } = await confirmed.json()
    expect(recoveryCodes).toHaveLength(10)
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/)
    expect(new Set(recoveryCodes).size).toBe(10)
    status = await (await session.request('GET', '/api/v1/auth/two-factor')).json()
    expect(status).toEqual({ enabled: true, pending: false, recoveryCodesLeft: 10, required: false })
    expect((await session.request('POST', '/api/v1/auth/two-factor/enrol')).status).toBe(409)

    // Neither the secret nor a recovery code is stored as such.
    const rows = async (table: string) =>
      JSON.stringify((await sql`select * from ${sql.table(table)}`.execute(server.db)).rows)
    const stored = await rows('two_factor_secrets')
    const codes = await rows('two_factor_recovery_codes')
    expect(stored).not.toContain(secret)
    for (const code of recoveryCodes) expect(codes).not.toContain(code.replace('-', ''))
    const audit = await (await (await server.signIn('admin')).request('GET', '/api/v1/audit')).json()
    expect(JSON.stringify(audit)).toContain('two_factor.enabled')
  })
})

describe('two-factor sign-in', () => {
  it('opens a session only after the password and then a valid code', async () => {
    const { secret } = await enrol('lisi')
    const challenge = await challengeFor('lisi')
    const wrong = await codeStep(challenge, codeFor(secret) === '123456' ? '654321' : '123456')
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('set-cookie')).toBeNull()
    expect((await wrong.json()).error.code).toBe('two_factor_failed')
    const ok = await codeStep(challenge, codeFor(secret))
    expect(ok.status).toBe(200)
    const cookie = (ok.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    expect(cookie).toMatch(/^signoff_session=[\w-]{20,}$/)
    const me = await (await server.request('GET', '/api/v1/me', { headers: { cookie } })).json()
    expect(me.user.id).toBe('lisi')
    // The challenge opened its one session.
    server.advance(30_000)
    expect((await codeStep(challenge, codeFor(secret))).status).toBe(401)
  })

  it('refuses a code used once already, in the same window, and any older one', async () => {
    const { secret } = await enrol('wangwu')
    const code = codeFor(secret)
    expect((await codeStep(await challengeFor('wangwu'), code)).status).toBe(200)
    const replay = await codeStep(await challengeFor('wangwu'), code)
    expect(replay.status).toBe(401)
    expect((await codeStep(await challengeFor('wangwu'), codeFor(secret, -1))).status).toBe(401)
    server.advance(30_000)
    expect((await codeStep(await challengeFor('wangwu'), codeFor(secret))).status).toBe(200)
  })

  it('refuses an expired code (two steps old) and an expired challenge', async () => {
    const { secret } = await enrol('zhaoliu')
    const old = codeFor(secret)
    server.advance(61_000)
    expect((await codeStep(await challengeFor('zhaoliu'), old)).status).toBe(401)
    // One step late still counts (clock drift).
    const late = codeFor(secret)
    server.advance(30_000)
    expect((await codeStep(await challengeFor('zhaoliu'), late)).status).toBe(200)

    const challenge = await challengeFor('zhaoliu')
    server.advance(301_000)
    expect((await codeStep(challenge, codeFor(secret))).status).toBe(401)
  })

  it('kills a challenge after five wrong codes and counts them against the sign-in throttle', async () => {
    const { secret } = await enrol('sunba')
    const challenge = await challengeFor('sunba', '198.51.100.30')
    const bad = codeFor(secret) === '111111' ? '222222' : '111111'
    for (let i = 0; i < 4; i++) expect((await codeStep(challenge, bad, '198.51.100.30')).status).toBe(401)
    // The fifth failure reaches the throttle's limit: even the password is refused from that address.
    expect((await codeStep(challenge, bad, '198.51.100.30')).status).toBe(401)
    expect((await passwordStep('sunba', '198.51.100.30')).status).toBe(429)
    // From another address the right code still cannot revive the dead challenge.
    expect((await codeStep(challenge, codeFor(secret), '198.51.100.31')).status).toBe(401)
  })

  it('does not let a known password reset the count of wrong codes', async () => {
    const { secret } = await enrol('qianqi')
    const ip = '198.51.100.40'
    const bad = codeFor(secret) === '333333' ? '444444' : '333333'
    // Two wrong codes per challenge, a fresh challenge each time: the fifth failure still blocks.
    for (let round = 0; round < 3; round++) {
      const challenge = await challengeFor('qianqi', ip)
      for (let i = 0; i < 2 && round * 2 + i < 5; i++)
        expect((await codeStep(challenge, bad, ip)).status).toBe(401)
    }
    expect((await passwordStep('qianqi', ip)).status).toBe(429)
    expect(
      (await codeStep(await challengeFor('qianqi', '198.51.100.41'), codeFor(secret), '198.51.100.41'))
        .status,
    ).toBe(200)
  })

  it('accepts each recovery code once, in place of a code', async () => {
    const { recoveryCodes, session } = await enrol('yangliu')
    const [first, second] = recoveryCodes as [string, string]
    expect((await codeStep(await challengeFor('yangliu'), first.toUpperCase())).status).toBe(200)
    expect((await codeStep(await challengeFor('yangliu'), first)).status).toBe(401)
    expect((await codeStep(await challengeFor('yangliu'), second.replace('-', ''))).status).toBe(200)
    const status = await (await session.request('GET', '/api/v1/auth/two-factor')).json()
    expect(status.recoveryCodesLeft).toBe(8)
  })

  it('turns off only with a valid code, and sign-in is one step again', async () => {
    const { secret, session } = await enrol('zhoujiu')
    const wrong = await session.request('POST', '/api/v1/auth/two-factor/disable', {
      json: { code: codeFor(secret) === '999999' ? '999998' : '999999' },
    })
    expect(wrong.status).toBe(400)
    expect((await passwordStep('zhoujiu')).status).toBe(401)
    const off = await session.request('POST', '/api/v1/auth/two-factor/disable', {
      json: { code: codeFor(secret) },
    })
    expect(off.status).toBe(204)
    expect((await passwordStep('zhoujiu')).status).toBe(200)
    expect(
      (await session.request('POST', '/api/v1/auth/two-factor/disable', { json: { code: '123456' } })).status,
    ).toBe(409)
  })

  it('renews the recovery codes with a valid code; the old ones stop working', async () => {
    const { secret, recoveryCodes, session } = await enrol('wushi')
    const renewed = await session.request('POST', '/api/v1/auth/two-factor/recovery-codes', {
      json: { code: codeFor(secret) },
    })
    expect(renewed.status).toBe(200)
    const fresh = (await renewed.json()).recoveryCodes as string[]
    expect(fresh).toHaveLength(10)
    expect((await codeStep(await challengeFor('wushi'), recoveryCodes[0] as string)).status).toBe(401)
    expect((await codeStep(await challengeFor('wushi'), fresh[0] as string)).status).toBe(200)
  })
})

describe('an admin resetting a member who lost the device and the recovery codes', () => {
  it('turns the member’s two-factor sign-in off, for org admins only, within their tenant', async () => {
    await enrol('chensan')
    const member = await server.signIn('zhengyi')
    expect((await member.request('DELETE', '/api/v1/users/chensan/two-factor')).status).toBe(403)
    const reviewer = await server.signIn('reviewer1')
    expect((await reviewer.request('DELETE', '/api/v1/users/chensan/two-factor')).status).toBe(403)
    expect((await passwordStep('chensan')).status).toBe(401)
    const admin = await server.signIn('admin')
    expect((await admin.request('DELETE', '/api/v1/users/nobody/two-factor')).status).toBe(404)
    expect((await admin.request('DELETE', '/api/v1/users/chensan/two-factor')).status).toBe(204)
    expect((await passwordStep('chensan')).status).toBe(200)
    const audit = await (await admin.request('GET', '/api/v1/audit')).json()
    expect(JSON.stringify(audit)).toContain('two_factor.reset')
  })
})

describe('stored secrets', () => {
  it('keep one live challenge row per sign-in, dropping expired ones', async () => {
    await enrol('fenger')
    await challengeFor('fenger')
    server.advance(301_000)
    await challengeFor('fenger')
    const rows = await sql<{ n: number | string }>`
      select count(*) as n from two_factor_challenges where user_id = 'fenger'`.execute(server.db)
    expect(Number(rows.rows[0]?.n)).toBe(1)
  })

  it('sealed under an earlier server secret ask for an admin reset instead of failing', async () => {
    const { secret } = await enrol('zhoujiu')
    const { createApp } = await import('../app.ts')
    const rotated = createApp({ ...server.deps, secret: 'another-server-secret-another-server-secret' }).app
    const post = (path: string, body: object) =>
      rotated.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.50' },
        body: JSON.stringify(body),
      })
    const first = await post('/api/v1/auth/login', { login: 'zhoujiu', password: demoPassword })
    const { challenge } = ((await first.json()) as LooseJson).error
    const second = await post('/api/v1/auth/login/two-factor', { challenge, code: codeFor(secret) })
    expect(second.status).toBe(409)
    expect(((await second.json()) as LooseJson).error.code).toBe('two_factor_reset_needed')
    const admin = await server.signIn('admin')
    expect((await admin.request('DELETE', '/api/v1/users/zhoujiu/two-factor')).status).toBe(204)
    expect((await post('/api/v1/auth/login', { login: 'zhoujiu', password: demoPassword })).status).toBe(200)
  })
})

describe('the organization rule: admins must use two-factor sign-in', () => {
  it('is set by org admins only, and not by one who would shut themselves out', async () => {
    const member = await server.signIn('zhengyi')
    expect(
      (await member.request('PUT', '/api/v1/org/two-factor-policy', { json: { requireForAdmins: true } }))
        .status,
    ).toBe(403)
    const admin = await server.signIn('admin')
    const refused = await admin.request('PUT', '/api/v1/org/two-factor-policy', {
      json: { requireForAdmins: true },
    })
    expect(refused.status).toBe(409)
    expect((await refused.json()).error.code).toBe('two_factor_enrol_first')
    expect(await (await admin.request('GET', '/api/v1/org/two-factor-policy')).json()).toEqual({
      requireForAdmins: false,
    })
  })

  it('makes an admin without it enrol before anything else, by session or token, whatever the path spelling', async () => {
    const { secret, session } = await enrol('admin')
    // A token made directly: whether the organization may make tokens is not this test's concern.
    const token = 'so_tfa_admin-token-for-the-two-factor-test'
    await apiTokens.insert(server.db, {
      id: 'tok_tfa',
      tenant_id: 'demo',
      user_id: 'admin',
      name: 'ci',
      prefix: 'so_tfa',
      token_hash: hashToken(server.deps.secret, token),
      created_at: server.deps.now().toISOString(),
      last_used_at: null,
      revoked_at: null,
    })
    const on = await session.request('PUT', '/api/v1/org/two-factor-policy', {
      json: { requireForAdmins: true },
    })
    expect(on.status).toBe(200)
    expect(
      (await session.request('POST', '/api/v1/auth/two-factor/disable', { json: { code: codeFor(secret) } }))
        .status,
    ).toBe(204)

    const blocked = await session.request('GET', '/api/v1/users')
    expect(blocked.status).toBe(403)
    expect((await blocked.json()).error.code).toBe('two_factor_enrolment_required')
    const bearer = { authorization: `Bearer ${token}` }
    expect((await server.request('GET', '/api/v1/users', { headers: bearer })).status).toBe(403)
    for (const path of [
      '/api/v1/users/',
      '/api/v1/USERS',
      '/api/v1//users',
      '/api/v1/me/../users',
      '/api/v1/me%2f..%2fusers',
    ])
      expect((await session.request('GET', path)).status, path).not.toBe(200)
    expect(
      (await session.request('POST', '/api/v1/departments', { json: { id: 'tfa', name: 'x' } })).status,
    ).toBe(403)
    // Still allowed: who am I, the rule for me, enrolling, signing out.
    expect((await session.request('GET', '/api/v1/me')).status).toBe(200)
    expect((await (await session.request('GET', '/api/v1/auth/two-factor')).json()).required).toBe(true)
    // Members are not concerned.
    expect((await (await server.signIn('zhengyi')).request('GET', '/api/v1/users')).status).toBe(200)

    const { secret: again } = await (await session.request('POST', '/api/v1/auth/two-factor/enrol')).json()
    server.advance(30_000)
    expect(
      (await session.request('POST', '/api/v1/auth/two-factor/confirm', { json: { code: codeFor(again) } }))
        .status,
    ).toBe(200)
    expect((await session.request('GET', '/api/v1/users')).status).toBe(200)
    expect((await server.request('GET', '/api/v1/users', { headers: bearer })).status).toBe(200)
  })
})
