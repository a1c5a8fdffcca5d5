import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../app.ts'
import type { PasswordHasher } from '../auth/password.ts'
import { type Db, openDatabase } from '../db/database.ts'
import { migrateToLatest } from '../db/migrations/index.ts'
import { type Deps, defaultLoginLimit } from '../deps.ts'
import { demoPassword, seedDemo } from '../seed/demo.ts'
import { fastHasher } from './fast-hasher.ts'
import { createTestDatabase, testDialect } from './test-database.ts'

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies as loose JSON and assert on them
export type LooseJson = any

/** A Response whose json() the tests may read without declaring every body's type. */
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<LooseJson> }

export interface TestServer {
  /** The engine under the test: SQLite, or PostgreSQL in the "postgres" vitest project. */
  dialect: typeof testDialect
  app: ReturnType<typeof createApp>['app']
  router: ReturnType<typeof createApp>['router']
  db: Db
  deps: Deps
  /** Moves the test clock. */
  advance: (ms: number) => void
  request: (method: string, path: string, options?: RequestOptions) => Promise<TestResponse>
  signIn: (login: string, options?: { tenant?: string; password?: string; ip?: string }) => Promise<Session>
  close: () => Promise<void>
}

export interface RequestOptions {
  json?: unknown
  body?: string
  /** A multipart body (the fetch layer sets its content type). */
  form?: FormData
  headers?: Record<string, string>
}

export interface Session {
  cookie: string
  csrf: string
  request: (method: string, path: string, options?: RequestOptions) => Promise<TestResponse>
}

/**
 * A real database of its own (SQLite in a temp directory, or a fresh PostgreSQL schema: see
 * test-database.ts), migrated and (unless seed is false) holding the demo
 * data, behind the real HTTP app. The client address comes from X-Forwarded-For so tests can vary it.
 */
export async function testServer(
  options: {
    seed?: boolean
    hasher?: PasswordHasher
    loginLimit?: Deps['loginLimit']
    maxBodyBytes?: number
    webhookAllowHosts?: string[]
  } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'signoff-runtime-'))
  const database = await createTestDatabase(dataDir)
  const db = openDatabase(database.location)
  await migrateToLatest(db)
  let clock = Date.parse('2026-03-02T09:00:00.000Z')
  const hasher = options.hasher ?? fastHasher
  if (options.seed !== false) await seedDemo(db, hasher, new Date(clock))
  const deps: Deps = {
    db,
    hasher,
    now: () => new Date(clock),
    secret: 'test-secret-test-secret-test-secret',
    secureCookies: false,
    clientIp: (c) => c.req.header('x-forwarded-for') ?? '192.0.2.1',
    loginLimit: options.loginLimit ?? defaultLoginLimit,
    sessionHours: 12,
    maxBodyBytes: options.maxBodyBytes ?? 256 * 1024,
    timeZone: 'Asia/Shanghai',
    webhookAllowHosts: options.webhookAllowHosts ?? [],
    attachmentsDir: join(dataDir, 'attachments'),
    log: () => {},
  }
  const { app, router } = createApp(deps)

  const request = (method: string, path: string, requestOptions: RequestOptions = {}) => {
    const headers: Record<string, string> = { ...requestOptions.headers }
    let body: string | FormData | undefined = requestOptions.form ?? requestOptions.body
    if (requestOptions.json !== undefined) {
      body = JSON.stringify(requestOptions.json)
      headers['content-type'] ??= 'application/json'
    }
    return Promise.resolve(
      app.request(path, { method, headers, ...(body === undefined ? {} : { body }) }),
    ) as Promise<TestResponse>
  }

  const signIn = async (
    login: string,
    signInOptions: { tenant?: string; password?: string; ip?: string } = {},
  ) => {
    const response = await request('POST', '/api/v1/auth/login', {
      json: {
        login,
        password: signInOptions.password ?? demoPassword,
        ...(signInOptions.tenant ? { tenant: signInOptions.tenant } : {}),
      },
      headers: { 'x-forwarded-for': signInOptions.ip ?? '198.51.100.7' },
    })
    if (response.status !== 200)
      throw new Error(`sign-in of ${login} failed: ${response.status} ${await response.text()}`)
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const { csrfToken } = await response.json()
    return {
      cookie,
      csrf: csrfToken,
      request: (method: string, path: string, sessionOptions: RequestOptions = {}) =>
        request(method, path, {
          ...sessionOptions,
          headers: { cookie, 'x-csrf-token': csrfToken, ...sessionOptions.headers },
        }),
    }
  }

  return {
    dialect: testDialect,
    app,
    router,
    db,
    deps,
    advance: (ms) => {
      clock += ms
    },
    request,
    signIn,
    close: async () => {
      await db.destroy()
      await database.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
