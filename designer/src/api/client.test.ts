import type { AppDefinition } from '@signoff/schemas'
import { fakeFetch } from '@signoff/web-kit/testing/fake-fetch'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api } from './client.ts'

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
