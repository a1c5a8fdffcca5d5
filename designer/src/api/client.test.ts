import type { AppDefinition } from '@signoff/schemas'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api, whenEnrolmentRequired } from './client.ts'

interface Sent {
  url: string
  method: string
  headers: Headers
  body: unknown
}

/** Answers each request from a list and remembers what was sent. */
function fakeFetch(answers: Array<{ status: number; body?: unknown; headers?: Record<string, string> }>) {
  const sent: Sent[] = []
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    })
    const answer = answers.shift() ?? { status: 500 }
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: answer.headers ?? {},
    })
  })
  return sent
}

const me = {
  user: { id: 'u1', login: 'admin', name: '管理员' },
  tenant: { slug: 'demo', name: '示例' },
  csrfToken: 'csrf-1',
}
const app = { key: 'leave' } as AppDefinition

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('api client', () => {
  it('tells the app when the organization requires this admin to enrol in two-factor sign-in, and only then', async () => {
    const heard: string[] = []
    whenEnrolmentRequired(() => heard.push('enrol'))
    fakeFetch([
      { status: 403, body: { error: { code: 'forbidden', message: 'no' } } },
      { status: 403, body: { error: { code: 'two_factor_enrolment_required', message: 'enrol first' } } },
    ])
    await expect(api.apps()).rejects.toBeInstanceOf(ApiError)
    expect(heard).toEqual([])
    await expect(api.apps()).rejects.toMatchObject({ status: 403 })
    expect(heard).toEqual(['enrol'])
    whenEnrolmentRequired(null)
  })

  it('sends the CSRF token from the login and the If-Match etag when saving', async () => {
    const sent = fakeFetch([
      { status: 200, body: me },
      { status: 200, body: { revision: 3, etag: '"r3"', findings: [] } },
    ])
    await api.login('admin', 'demo1234')
    const saved = await api.saveDraft('app-1', app, '"r2"')
    expect(saved.etag).toBe('"r3"')
    expect(sent[0]).toMatchObject({
      url: '/api/v1/auth/login',
      method: 'POST',
      body: { login: 'admin', password: 'demo1234' },
    })
    expect(sent[1]?.url).toBe('/api/v1/apps/app-1/draft')
    expect(sent[1]?.method).toBe('PUT')
    expect(sent[1]?.headers.get('If-Match')).toBe('"r2"')
    expect(sent[1]?.headers.get('X-CSRF-Token')).toBe('csrf-1')
  })

  it('reads the draft with its ETag', async () => {
    fakeFetch([{ status: 200, body: app, headers: { ETag: '"r7"' } }])
    expect(await api.draft('app-1')).toEqual({ app, etag: '"r7"' })
  })

  it.each([
    { status: 409, error: { code: 'stale_draft', message: 'reload', currentEtag: '"r9"' } },
    {
      status: 422,
      error: { code: 'definition_invalid', message: 'fix', issues: [{ code: 'x', path: '/form' }] },
    },
    { status: 401, error: { code: 'unauthenticated', message: 'sign in first' } },
  ])('turns a $status into an ApiError carrying the error body', async ({ status, error }) => {
    fakeFetch([{ status, body: { error } }])
    const failure = await api.publish('app-1', 'note', '"r1"').catch((caught: unknown) => caught)
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure).toMatchObject({ status, body: error })
  })
})
