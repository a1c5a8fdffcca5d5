import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import SQLite from 'better-sqlite3'
import { type Dialect, SqliteDialect } from 'kysely'

export interface DatabaseLocation {
  dataDir: string
  databaseUrl: string | undefined
}

/** The SQLite file: `sqlite:<path>` in DATABASE_URL, else signoff.db in the data directory. */
export function sqliteFile(location: DatabaseLocation): string {
  const url = location.databaseUrl
  return url?.startsWith('sqlite:') ? url.slice('sqlite:'.length) : join(location.dataDir, 'signoff.db')
}

/**
 * The one module that knows which database engine is underneath. SQLite settings: WAL so readers
 * never wait for the writer, a busy timeout so a second process waits for the write lock instead
 * of failing, foreign keys on, and synchronous=NORMAL (durable in WAL mode except on power loss).
 */
export function createDialect(location: DatabaseLocation): Dialect {
  const file = sqliteFile(location)
  mkdirSync(dirname(file), { recursive: true })
  const database = new SQLite(file)
  database.pragma('journal_mode = WAL')
  database.pragma('busy_timeout = 5000')
  database.pragma('foreign_keys = ON')
  database.pragma('synchronous = NORMAL')
  return new SqliteDialect({ database })
}
