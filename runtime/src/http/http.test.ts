import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { openDatabase } from '../db/database.ts'
import { sqliteFile } from '../db/drivers.ts'
import { migrateToLatest } from '../db/migrations/index.ts'
import { type TestServer, testServer } from '../testing/harness.ts'
import { testDialect } from '../testing/test-database.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer({ maxBodyBytes: 1024 })
})
afterAll(() => server.close())

describe('HTTP behaviour', () => {
  it('answers unknown routes with a JSON 404', async () => {
    const response = await server.request('GET', '/api/v1/nothing-here')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: 'no route GET /api/v1/nothing-here' },
    })
  })

  it('refuses bodies over the limit with 413', async () => {
    const response = await server.request('POST', '/api/v1/auth/login', {
      json: { login: 'admin', password: 'x'.repeat(2000) },
    })
    expect(response.status).toBe(413)
    expect((await response.json()).error.code).toBe('payload_too_large')
  })

  it('sets nosniff on every response', async () => {
    expect((await server.request('GET', '/healthz')).headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('reports health with the database reachable', async () => {
    expect(await (await server.request('GET', '/healthz')).json()).toEqual({ status: 'ok', database: true })
  })

  it('reports 503 while the database does not answer', async () => {
    const unreachable = openDatabase({
      dataDir: '/nonexistent',
      databaseUrl: 'postgres://postgres@127.0.0.1:1/gone',
    })
    try {
      const response = await createApp({ ...server.deps, db: unreachable }).app.request('/healthz')
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ status: 'unavailable', database: false })
    } finally {
      await unreachable.destroy()
    }
  })

  it('fails closed: when authentication itself throws, the answer is 500, never the resource', async () => {
    const session = await server.signIn('admin')
    await sql`alter table sessions rename to sessions_gone`.execute(server.db)
    try {
      const response = await session.request('GET', '/api/v1/users')
      expect(response.status).toBe(500)
      expect(await response.json()).toEqual({
        error: { code: 'internal', message: 'something went wrong on the server' },
      })
    } finally {
      await sql`alter table sessions_gone rename to sessions`.execute(server.db)
    }
    expect((await session.request('GET', '/api/v1/users')).status).toBe(200)
  })
})

describe('the database', () => {
  it.runIf(testDialect === 'sqlite')(
    'runs SQLite in WAL mode with foreign keys, and migrating again changes nothing',
    async () => {
      const [journal] = (await sql<{ journal_mode: string }>`pragma journal_mode`.execute(server.db)).rows
      const [keys] = (await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(server.db)).rows
      expect(journal?.journal_mode).toBe('wal')
      expect(keys?.foreign_keys).toBe(1)
      expect((await migrateToLatest(server.db)).results).toEqual([])
    },
  )

  it.runIf(testDialect === 'postgres')(
    'runs PostgreSQL in its own schema with jsonb documents and a statement timeout, and migrating again changes nothing',
    async () => {
      const { rows } = await sql<{ table_name: string; column_name: string; data_type: string }>`
        select table_name, column_name, data_type from information_schema.columns
        where table_schema = current_schema() and data_type = 'jsonb' order by table_name, column_name`.execute(
        server.db,
      )
      expect(rows.map((row) => `${row.table_name}.${row.column_name}`)).toEqual([
        'app_versions.content',
        'apps.draft',
        'audit_log.detail',
        'idempotency_keys.response_body',
        'instance_events.event',
        'instance_events.timeline',
        'instances.state',
        'outbox.payload',
        'webhooks.events',
        'work_calendars.holidays',
        'work_calendars.workdays',
      ])
      const [schema] = (await sql<{ schema: string }>`select current_schema() as schema`.execute(server.db))
        .rows
      expect(schema?.schema).toMatch(/^signoff_test_/)
      const [timeout] = (await sql<{ statement_timeout: string }>`show statement_timeout`.execute(server.db))
        .rows
      expect(timeout?.statement_timeout).toBe('30s')
      expect((await migrateToLatest(server.db)).results).toEqual([])
    },
  )

  it('places the file under the data directory unless DATABASE_URL names one', () => {
    expect(sqliteFile({ dataDir: '/data', databaseUrl: undefined })).toBe('/data/signoff.db')
    expect(sqliteFile({ dataDir: '/data', databaseUrl: 'sqlite:/tmp/x.db' })).toBe('/tmp/x.db')
  })
})

describe('every route that needs a person', () => {
  it('answers 401 without a session or token, and 403 to a cookie session without the CSRF token when it changes state', async () => {
    const session = await server.signIn('admin')
    const guarded = server.router.specs.filter((spec) => spec.auth === 'user')
    expect(guarded.length).toBeGreaterThan(50)
    for (const spec of guarded) {
      const path = spec.path.replace(/\{[^}]+\}/g, 'x')
      const method = spec.method.toUpperCase()
      const anonymous = await server.request(method, path, method === 'GET' ? {} : { json: {} })
      expect(anonymous.status, `${method} ${spec.path}`).toBe(401)
      if (method !== 'GET') {
        const withoutCsrf = await server.request(method, path, {
          json: {},
          headers: { cookie: session.cookie },
        })
        expect(withoutCsrf.status, `${method} ${spec.path} without CSRF`).toBe(403)
      }
    }
  })
})
