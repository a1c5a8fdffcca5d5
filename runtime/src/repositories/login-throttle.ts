import type { Db } from '../db/database.ts'
import type { LoginThrottleTable } from '../db/schema.ts'

export type LoginThrottleRow = LoginThrottleTable

export const loginThrottle = {
  get: (db: Db, key: string) =>
    db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst(),
  put: async (db: Db, row: LoginThrottleRow) => {
    const { key, ...rest } = row
    const updated = await db.updateTable('login_throttle').set(rest).where('key', '=', key).executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) await db.insertInto('login_throttle').values(row).execute()
  },
  clear: (db: Db, key: string) => db.deleteFrom('login_throttle').where('key', '=', key).execute(),
}
