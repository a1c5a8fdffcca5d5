import { type SelectQueryBuilder, sql } from 'kysely'
import type { Db } from '../db/database.ts'
import type { Database } from '../db/schema.ts'

/**
 * Counting stops past this many rows: the done and CC boxes and the started list grow with a user's
 * whole history, and a badge beyond it reads "999+" anyway. Below the cap the count is exact.
 */
export const countCap = 999

export interface CappedCount {
  count: number
  /** More rows than `count` exist; clients show `${count}+`. */
  capped: boolean
}

/**
 * Counts the rows of `rows` reading at most `countCap + 1` of them off its index, so the cost is
 * bounded however long the history (a full count(*) walks every row the user ever had).
 */
export async function cappedCount<TB extends keyof Database, O>(
  db: Db,
  rows: SelectQueryBuilder<Database, TB, O>,
): Promise<CappedCount> {
  const sample = rows
    .clearSelect()
    .select(sql<number>`1`.as('one'))
    .limit(countCap + 1)
    .as('sample')
  const row = await db
    .selectFrom(sample)
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow()
  const count = Number(row.count)
  return count > countCap ? { count: countCap, capped: true } : { count, capped: false }
}
