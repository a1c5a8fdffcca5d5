import { Kysely, sql } from 'kysely'
import { createDialect, type DatabaseLocation } from './drivers.ts'
import type { Database } from './schema.ts'

export type Db = Kysely<Database>

export function openDatabase(location: DatabaseLocation): Db {
  return new Kysely<Database>({ dialect: createDialect(location) })
}

export async function isReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db)
    return true
  } catch {
    return false
  }
}
