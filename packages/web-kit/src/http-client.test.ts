import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, createHttpClient, type ErrorBody } from './http-client.ts'
import { fakeFetch } from './testing/fake-fetch.ts'

const me = { user: { id: 'u1', login: 'admin' }, csrfToken: 'csrf-1' }

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('createHttpClient', () => {
  it('sends the session’s CSRF token on writes only, from sign-in until sign-out', async () => {
    const client = createHttpClient<typeof me>()
    const sent = fakeFetch([
      { status: 200, body: me },
      { status: 200, body: { items: [] } },
      { status: 200, body: {} },
      { status: 204 },
      { status: 200, body: {} },
    ])
    await client.signIn('admin', 'pw', 'acme')
    await client.call('/apps')
    await client.call('/apps', { method: 'POST', body: '{}' })
    await client.signOut()
    await client.call('/apps', { method: 'POST', body: '{}' })
    expect(sent[0]).toMatchObject({
      url: '/api/v1/auth/login',
      method: 'POST',
      body: { login: 'admin', password: 'pw', tenant: 'acme' },
    })
    expect(sent[1]?.headers.get('X-CSRF-Token')).toBeNull()
    expect(sent[2]?.headers.get('X-CSRF-Token')).toBe('csrf-1')
    expect(sent[2]?.headers.get('Content-Type')).toBe('application/json')
    expect(sent[3]?.headers.get('X-CSRF-Token')).toBe('csrf-1')
    expect(sent[4]?.headers.get('X-CSRF-Token')).toBeNull()
    expect(client.csrfHeaders()).toEqual({})
  })

  it('takes the session from the two-factor step', async () => {
    const client = createHttpClient<typeof me>()
    const sent = fakeFetch([{ status: 200, body: { ...me, csrfToken: 'csrf-2' } }])
    expect(await client.sendTwoFactorCode('challenge-1', '123456')).toMatchObject({ csrfToken: 'csrf-2' })
    expect(sent[0]).toMatchObject({
      url: '/api/v1/auth/login/two-factor',
      body: { challenge: 'challenge-1', code: '123456' },
    })
    expect(client.csrfHeaders()).toEqual({ 'X-CSRF-Token': 'csrf-2' })
  })

  it('throws the app’s own error with the answer’s code, or the status when the body is not JSON', async () => {
    class AppError extends ApiError<ErrorBody & { rows?: unknown[] }> {}
    const client = createHttpClient((status, body) => new AppError(status, body))
    fakeFetch([
      { status: 400, body: { error: { code: 'import_invalid', message: 'bad', rows: [1] } } },
      { status: 502, text: '<html>Bad gateway</html>' },
    ])
    const invalid = await client.call('/org/import').catch((caught: unknown) => caught)
    expect(invalid).toBeInstanceOf(AppError)
    expect(invalid).toMatchObject({ status: 400, body: { code: 'import_invalid', rows: [1] } })
    const gateway = await client.call('/apps').catch((caught: unknown) => caught)
    expect(gateway).toMatchObject({ status: 502, body: { code: 'http_error' } })
  })

  it('tells the app when the organization requires this admin to enrol in two-factor sign-in, and only then', async () => {
    const client = createHttpClient()
    const heard: string[] = []
    client.whenEnrolmentRequired(() => heard.push('enrol'))
    fakeFetch([
      { status: 403, body: { error: { code: 'forbidden', message: 'no' } } },
      { status: 403, body: { error: { code: 'two_factor_enrolment_required', message: 'enrol first' } } },
    ])
    await expect(client.call('/apps')).rejects.toBeInstanceOf(ApiError)
    expect(heard).toEqual([])
    await expect(client.call('/apps')).rejects.toMatchObject({ status: 403 })
    expect(heard).toEqual(['enrol'])
  })
})
