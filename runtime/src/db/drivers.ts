import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import SQLite from 'better-sqlite3'
import { type Dialect, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { TextSafeClient, textSafeTypes } from './postgres-text.ts'
import { withStatementCache } from './statement-cache.ts'

export interface DatabaseLocation {
  dataDir: string
  /** `sqlite:<path>`, `postgres://…` / `postgresql://…`, or undefined for signoff.db in the data directory. */
  databaseUrl: string | undefined
  /** PostgreSQL: connections per process. */
  poolMax?: number
  /** PostgreSQL: a statement running longer is cancelled (its request fails instead of holding the pool). */
  statementTimeoutMs?: number
  /** PostgreSQL: the schema the tables live in (search_path); else the URL's or the role's default. */
  schema?: string
}

export const defaultPoolMax = 10
export const defaultStatementTimeoutMs = 30_000

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url)
}

/** The SQLite file: `sqlite:<path>` in DATABASE_URL, else signoff.db in the data directory. */
export function sqliteFile(location: DatabaseLocation): string {
  const url = location.databaseUrl
  return url?.startsWith('sqlite:') ? url.slice('sqlite:'.length) : join(location.dataDir, 'signoff.db')
}

/** Where the data is, for the start-up log: the SQLite file, or the PostgreSQL URL without its password. */
export function describeLocation(location: DatabaseLocation): string {
  if (!isPostgresUrl(location.databaseUrl)) return sqliteFile(location)
  const url = new URL(location.databaseUrl)
  if (url.password) url.password = '***'
  return `${url.toString()}${location.schema ? ` (schema ${location.schema})` : ''}`
}

/**
 * SQLite settings: WAL so readers never wait for the writer, a busy timeout so a second process
 * waits for the write lock instead of failing, foreign keys on, and synchronous=NORMAL (durable in
 * WAL mode except on power loss).
 */
function sqliteDialect(location: DatabaseLocation): Dialect {
  const file = sqliteFile(location)
  mkdirSync(dirname(file), { recursive: true })
  const database = new SQLite(file)
  database.pragma('journal_mode = WAL')
  database.pragma('busy_timeout = 5000')
  database.pragma('foreign_keys = ON')
  database.pragma('synchronous = NORMAL')
  return new SqliteDialect({ database: withStatementCache(database) })
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/

/**
 * A bounded pool: at most `poolMax` connections per process (several processes share the server's
 * max_connections), a wait of at most 10 s for a free or new connection, statements cancelled after
 * `statementTimeoutMs`, and sessions left idle inside a transaction ended after a minute.
 */
function postgresDialect(url: string, location: DatabaseLocation): Dialect {
  if (location.schema !== undefined && !identifier.test(location.schema))
    throw new Error(`database schema ${location.schema} is not a plain identifier`)
  const pool = new pg.Pool({
    connectionString: url,
    max: location.poolMax ?? defaultPoolMax,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: location.statementTimeoutMs ?? defaultStatementTimeoutMs,
    idle_in_transaction_session_timeout: 60_000,
    application_name: 'signoff',
    ...(location.schema ? { options: `-c search_path=${location.schema}` } : {}),
    Client: TextSafeClient,
    types: textSafeTypes,
  })
  // An idle connection the server dropped (restart, failover) is discarded by the pool; without a
  // listener the error would end the process. The next query opens a new connection.
  pool.on('error', () => {})
  return new PostgresDialect({ pool })
}

/** The Kysely dialect for the location: PostgreSQL for a postgres:// URL, else the embedded SQLite file. */
export function createDialect(location: DatabaseLocation): Dialect {
  return isPostgresUrl(location.databaseUrl)
    ? postgresDialect(location.databaseUrl, location)
    : sqliteDialect(location)
}
