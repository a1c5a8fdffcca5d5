import type { Db } from '../db/database.ts'
import type { LoginThrottleTable } from '../db/schema.ts'

export type LoginThrottleRow = LoginThrottleTable

export const loginThrottle = {
  get: (db: Db, key: string) =>
    db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst(),
  /** One statement, so two failed sign-ins at once (in two processes) cannot both insert. */
  put: async (db: Db, row: LoginThrottleRow) => {
    const { key, ...rest } = row
    await db
      .insertInto('login_throttle')
      .values(row)
      .onConflict((conflict) => conflict.column('key').doUpdateSet(rest))
      .execute()
  },
  clear: (db: Db, key: string) => db.deleteFrom('login_throttle').where('key', '=', key).execute(),
}
