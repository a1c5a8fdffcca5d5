import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { DialectName } from '../db/dialect.ts'
import type { DatabaseLocation } from '../db/drivers.ts'

/** The engine this test run uses: SIGNOFF_TEST_DATABASE=postgres (the vitest project "postgres") or SQLite. */
export const testDialect: DialectName =
  process.env.SIGNOFF_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite'

/** The PostgreSQL server tests use (SIGNOFF_TEST_POSTGRES_URL); each test file gets its own schema in it. */
export const testPostgresUrl =
  process.env.SIGNOFF_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'

export interface TestDatabase {
  location: DatabaseLocation
  /** The environment a runtime process needs to open the same database. */
  env: Record<string, string>
  /** Removes the schema (PostgreSQL); the SQLite file goes with the caller's data directory. */
  drop: () => Promise<void>
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (error) {
    // Loud on purpose: a run that silently fell back to SQLite would claim PostgreSQL coverage it lacks.
    throw new Error(
      `PostgreSQL tests need the server at ${testPostgresUrl} (set SIGNOFF_TEST_POSTGRES_URL): ${String(error)}`,
    )
  }
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * A database of its own for one test file: on PostgreSQL a new schema with a random name in the
 * test database (so parallel files and runs never meet), dropped afterwards; on SQLite the file in
 * the data directory.
 */
export async function createTestDatabase(dataDir: string, dialect = testDialect): Promise<TestDatabase> {
  if (dialect === 'sqlite')
    return { location: { dataDir, databaseUrl: undefined }, env: {}, drop: async () => {} }
  const schema = `signoff_test_${randomBytes(6).toString('hex')}`
  await admin((client) => client.query(`create schema ${schema}`))
  return {
    location: { dataDir, databaseUrl: testPostgresUrl, schema, poolMax: 5 },
    env: { DATABASE_URL: testPostgresUrl, SIGNOFF_DB_SCHEMA: schema },
    drop: () => admin((client) => client.query(`drop schema if exists ${schema} cascade`)).then(() => {}),
  }
}
