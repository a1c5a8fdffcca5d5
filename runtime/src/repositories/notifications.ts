import type { Db } from '../db/database.ts'

export const notifications = {
  list: (db: Db, tenantId: string, userId: string, limit: number) =>
    db
      .selectFrom('notifications')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute(),
  unread: async (db: Db, tenantId: string, userId: string) =>
    Number(
      (
        await db
          .selectFrom('notifications')
          .select((eb) => eb.fn.countAll().as('count'))
          .where('tenant_id', '=', tenantId)
          .where('user_id', '=', userId)
          .where('read_at', 'is', null)
          .executeTakeFirstOrThrow()
      ).count,
    ),
  /** Marks the caller's own notices read: the listed ones, or all when none are listed. */
  markRead: async (
    db: Db,
    tenantId: string,
    userId: string,
    ids: readonly string[] | undefined,
    at: string,
  ) => {
    let query = db
      .updateTable('notifications')
      .set({ read_at: at })
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
    if (ids !== undefined) query = query.where('id', 'in', ids.length > 0 ? ids : [''])
    return Number((await query.executeTakeFirst()).numUpdatedRows)
  },
}
