import { type Kysely, PostgresAdapter, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely'

// The one module where SQL differs between SQLite and PostgreSQL. Everything else (repositories,
// migrations, services) is written once against Kysely and asks here when the engines disagree.

export type DialectName = 'sqlite' | 'postgres'

interface HasExecutor {
  getExecutor: Kysely<unknown>['getExecutor']
}

export function dialectOf(db: HasExecutor): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

/** The column type of a JSON document: jsonb on PostgreSQL, text on SQLite (read through db/json.ts either way). */
export function jsonColumnType(db: HasExecutor): 'jsonb' | 'text' {
  return dialectOf(db) === 'postgres' ? 'jsonb' : 'text'
}

/**
 * The value at `keys` inside a JSON column as text, for filters: strings as themselves, numbers in
 * their JSON spelling, booleans as `true`/`false` (SQLite's json_extract alone would say 1/0).
 */
export function jsonTextAt(
  db: HasExecutor,
  column: string,
  keys: readonly string[],
): RawBuilder<string | null> {
  const ref = sql.ref(column)
  if (dialectOf(db) === 'postgres') return sql<string | null>`(${ref} #>> ${sql.val(keys)}::text[])`
  const path = `$${keys.map((key) => `."${key.replaceAll('"', '')}"`).join('')}`
  return sql<string | null>`(case json_type(${ref}, ${path}) when 'true' then 'true' when 'false' then 'false'
    else cast(json_extract(${ref}, ${path}) as text) end)`
}

/**
 * The rows a claim may take: on PostgreSQL locked for the claiming statement and skipping rows
 * another process is claiming right now (FOR UPDATE SKIP LOCKED), so claimers never wait on each
 * other; SQLite runs one writer at a time, so the claiming statement alone is atomic.
 */
export function claimable<DB, TB extends keyof DB, O>(
  db: HasExecutor,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return dialectOf(db) === 'postgres' ? query.forUpdate().skipLocked() : query
}

/**
 * A read that the rest of the transaction builds on: on PostgreSQL the rows stay locked until it
 * ends (FOR UPDATE), so a second transaction on them waits and then reads what the first committed;
 * SQLite already runs one writing transaction at a time.
 */
export function forUpdate<DB, TB extends keyof DB, O>(
  db: HasExecutor,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return dialectOf(db) === 'postgres' ? query.forUpdate() : query
}

/** A unique or primary-key violation: another request inserted the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE'
}

/**
 * Runs `work` while no other process of this database runs it (start-up: migrations and the demo
 * data). PostgreSQL: a transaction-scoped advisory lock keyed by the schema, held on one pooled
 * connection while `work` uses others; SQLite: one process owns the file at start.
 */
export async function exclusively<DB, T>(db: Kysely<DB>, name: string, work: () => Promise<T>): Promise<T> {
  if (dialectOf(db) !== 'postgres') return work()
  return db.transaction().execute(async (trx) => {
    // Waiting for the lock and holding it while another connection migrates are both expected here.
    await sql`set local statement_timeout = 0`.execute(trx)
    await sql`set local idle_in_transaction_session_timeout = 0`.execute(trx)
    await sql`select pg_advisory_xact_lock(hashtext(current_schema() || ${`:${name}`}))`.execute(trx)
    return work()
  })
}

/** The schema Kysely's migration tables belong in: the current one on PostgreSQL (so schemas do not see each other's). */
export async function migrationSchema<DB>(db: Kysely<DB>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)
  const schema = rows[0]?.schema
  if (!schema) throw new Error('PostgreSQL: the search_path names no existing schema to create the tables in')
  return schema
}
