import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { dialectOf } from '../db/dialect.ts'

export type RowCounts = Record<string, number>

type Table = { name: string; tenantScoped: boolean }
const known = new WeakMap<Db, Promise<Table[]>>()

function tablesOf(db: Db): Promise<Table[]> {
  let tables = known.get(db)
  if (!tables) {
    tables = listTables(db)
    known.set(db, tables)
  }
  return tables
}

async function listTables(db: Db): Promise<Table[]> {
  const schema =
    dialectOf(db) === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined
  const tables = await db.introspection.getTables()
  return tables
    .filter((table) => !table.isView && (schema === undefined || table.schema === schema))
    .filter((table) => !table.name.startsWith('kysely_'))
    .map((table) => ({
      name: table.name,
      tenantScoped: table.columns.some((column) => column.name === 'tenant_id'),
    }))
}

/**
 * Rows per table: with a tenant, only that tenant's rows of the tables that have a tenant_id;
 * without, every row of every table. One statement, so a snapshot costs one round trip.
 */
export async function rowCounts(
  db: Db,
  tenantId?: string,
  ignore: readonly string[] = [],
): Promise<RowCounts> {
  const tables = (await tablesOf(db)).filter(
    (table) => !ignore.includes(table.name) && (tenantId === undefined || table.tenantScoped),
  )
  const parts = tables.map((table) =>
    tenantId === undefined
      ? sql`select ${table.name} as name, count(*) as n from ${sql.table(table.name)}`
      : sql`select ${table.name} as name, count(*) as n from ${sql.table(table.name)} where tenant_id = ${tenantId}`,
  )
  const { rows } = await sql<{
    name: string
    n: number | string
  }>`${sql.join(parts, sql` union all `)}`.execute(db)
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]))
}
