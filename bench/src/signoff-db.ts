import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { type CompiledQuery, Kysely, SqliteDialect } from 'kysely'
import type { Db } from '../../runtime/src/db/database.ts'
import { migrateToLatest } from '../../runtime/src/db/migrations/index.ts'
import type { Database } from '../../runtime/src/db/schema.ts'
import { withStatementCache } from '../../runtime/src/db/statement-cache.ts'
import { type Deps, defaultLoginLimit } from '../../runtime/src/deps.ts'
import { seedDemo } from '../../runtime/src/seed/demo.ts'
import { fastHasher } from '../../runtime/src/testing/fast-hasher.ts'

export type Synchronous = 'NORMAL' | 'FULL'

export interface BenchDb {
  dir: string
  file: string
  /** The same connection the runtime's Kysely uses, for raw statements on the same file and pragmas. */
  raw: SQLite.Database
  db: Db
  deps: Deps
  /** The same over a Kysely that logs: every query goes to `capture` (to learn which rows the runtime writes). */
  capturing: Deps
  capture: ((query: CompiledQuery) => void) | undefined
  /** Bytes of the database after folding the WAL back into the file. */
  bytes: () => number
  close: () => Promise<void>
}

/**
 * A migrated database with the demo data, opened the way runtime/src/db/dialect.ts opens SQLite
 * (WAL, busy timeout, foreign keys) but with the synchronous level chosen, and a Kysely whose log
 * can capture the runtime's statements. The clock starts on a fixed working day.
 */
export async function openBenchDb(options: { synchronous: Synchronous; start?: Date }): Promise<BenchDb> {
  const dir = mkdtempSync(join(tmpdir(), 'signoff-bench-'))
  const file = join(dir, 'signoff.db')
  const raw = new SQLite(file)
  raw.pragma('journal_mode = WAL')
  raw.pragma('busy_timeout = 5000')
  raw.pragma('foreign_keys = ON')
  raw.pragma(`synchronous = ${options.synchronous}`)
  const bench: BenchDb = {
    dir,
    file,
    raw,
    db: undefined as unknown as Db,
    deps: undefined as unknown as Deps,
    capturing: undefined as unknown as Deps,
    capture: undefined,
    bytes: () => {
      raw.pragma('wal_checkpoint(TRUNCATE)')
      return statSync(file).size
    },
    close: async () => {
      await bench.capturing.db.destroy()
      await bench.db.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  // Two Kyselys on one connection: the timed one without a log (as the runtime runs, with its cache of
  // prepared statements), one that logs.
  bench.db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) })
  const logged = new Kysely<Database>({
    dialect: new SqliteDialect({ database: raw }),
    log: (event) => {
      if (event.level === 'query') bench.capture?.(event.query)
    },
  })
  await migrateToLatest(bench.db)
  let clock = (options.start ?? new Date('2026-03-02T09:00:00.000Z')).getTime()
  await seedDemo(bench.db, fastHasher, new Date(clock))
  bench.deps = {
    db: bench.db,
    hasher: fastHasher,
    // Each reading moves a millisecond, so events keep their order as they would on a real clock.
    now: () => new Date(clock++),
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
  bench.capturing = { ...bench.deps, db: logged }
  return bench
}
