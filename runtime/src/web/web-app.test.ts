import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from '../http/env.ts'
import { serveWebApp } from './web-app.ts'

function builtApp() {
  const dist = mkdtempSync(join(tmpdir(), 'signoff-web-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>designer</title>')
  writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(dist, '..', 'secret.txt'), 'not for you')
  const app = new Hono<AppEnv>()
  expect(serveWebApp(app, '/designer', dist)).toBe(true)
  return app
}

describe('serveWebApp', () => {
  it('serves index.html at the mount and for client-side routes', async () => {
    const app = builtApp()
    expect((await app.request('/designer')).status).toBe(302)
    for (const path of ['/designer/', '/designer/apps/42/form']) {
      const response = await app.request(path)
      expect(response.headers.get('content-type')).toContain('text/html')
      expect(await response.text()).toContain('<title>designer</title>')
    }
  })

  it('serves built assets with their type and a long cache', async () => {
    const response = await builtApp().request('/designer/assets/index-abc.js')
    expect(response.headers.get('content-type')).toContain('text/javascript')
    expect(response.headers.get('cache-control')).toContain('immutable')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers a missing build file with 404, not the app page (an old page asking for a replaced bundle)', async () => {
    const response = await builtApp().request('/designer/assets/index-gone.js')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html')
  })

  it('never leaves the build folder', async () => {
    const app = builtApp()
    for (const path of [
      '/designer/../secret.txt',
      '/designer/%2e%2e/secret.txt',
      '/designer/..%2fsecret.txt',
    ]) {
      const text = await (await app.request(path)).text()
      expect(text).not.toContain('not for you')
    }
  })

  it('serves an app at the root but leaves the API, health and the designer to their routes', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'signoff-web-'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>workspace</title>')
    const app = new Hono<AppEnv>()
    app.get('/api/v1/me', (c) => c.json({ me: true }))
    expect(serveWebApp(app, '', dist)).toBe(true)
    app.notFound((c) => c.json({ error: { code: 'not_found' } }, 404))
    for (const path of ['/', '/inbox/todo', '/instances/abc']) {
      expect(await (await app.request(path)).text()).toContain('<title>workspace</title>')
    }
    expect(await (await app.request('/api/v1/me')).json()).toEqual({ me: true })
    for (const path of ['/api/v1/nothing', '/api', '/healthz', '/designer/x']) {
      expect((await app.request(path)).status).toBe(404)
    }
    expect((await app.request('/apiary')).status).toBe(200)
  })

  it('reports an app that has not been built', () => {
    expect(serveWebApp(new Hono<AppEnv>(), '/designer', join(tmpdir(), 'no-such-dist'))).toBe(false)
  })
})
