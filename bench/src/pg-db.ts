import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type CompiledQuery, Kysely } from 'kysely'
import type { Db } from '../../runtime/src/db/database.ts'
import { createDialect, type DatabaseLocation } from '../../runtime/src/db/drivers.ts'
import { migrateToLatest } from '../../runtime/src/db/migrations/index.ts'
import type { Database } from '../../runtime/src/db/schema.ts'
import { type Deps, defaultLoginLimit } from '../../runtime/src/deps.ts'
import { seedDemo } from '../../runtime/src/seed/demo.ts'
import { fastHasher } from '../../runtime/src/testing/fast-hasher.ts'

export interface PgBenchDb {
  db: Db
  deps: Deps
  close: () => Promise<void>
}

/**
 * The runtime's PostgreSQL dialect (its pool, text-safe types and search_path) on `location`, as
 * the runtime opens it, with a logging hook when `capture` is given (to learn its statements).
 */
export function openPgBenchDb(
  location: DatabaseLocation,
  capture?: (query: CompiledQuery) => void,
): PgBenchDb {
  const dir = mkdtempSync(join(tmpdir(), 'signoff-bench-pg-'))
  const db = new Kysely<Database>({
    dialect: createDialect(location),
    ...(capture ? { log: (event) => (event.level === 'query' ? capture(event.query) : undefined) } : {}),
  })
  const deps: Deps = {
    db,
    hasher: fastHasher,
    now: () => new Date(),
    secret: 'bench-secret-bench-secret-bench-secret',
    secureCookies: false,
    clientIp: () => '192.0.2.1',
    loginLimit: defaultLoginLimit,
    sessionHours: 12,
    maxBodyBytes: 2 * 1024 * 1024,
    timeZone: 'Asia/Shanghai',
    webhookAllowHosts: [],
    attachmentsDir: join(dir, 'attachments'),
    log: () => {},
  }
  return {
    db,
    deps,
    close: async () => {
      await db.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Migrates the schema and adds the demo organization and apps. */
export async function preparePgSchema(location: DatabaseLocation): Promise<void> {
  const { db, close } = openPgBenchDb(location)
  try {
    await migrateToLatest(db)
    await seedDemo(db, fastHasher, new Date())
  } finally {
    await close()
  }
}
