import type { Db } from '../db/database.ts'
import type { DelegationTable } from '../db/schema.ts'
import { orgRevisions } from './org-revisions.ts'

export type DelegationRow = DelegationTable

export const delegations = {
  list: (db: Db, tenantId: string, userId?: string) => {
    let query = db.selectFrom('delegations').selectAll().where('tenant_id', '=', tenantId)
    if (userId !== undefined) query = query.where('user_id', '=', userId)
    return query.orderBy('from_date').orderBy('id').execute()
  },
  get: (db: Db, tenantId: string, id: string) =>
    db
      .selectFrom('delegations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  insert: async (db: Db, row: DelegationRow) => {
    await db.insertInto('delegations').values(row).execute()
    await orgRevisions.bump(db, row.tenant_id)
  },
  delete: async (db: Db, tenantId: string, id: string) => {
    await db.deleteFrom('delegations').where('tenant_id', '=', tenantId).where('id', '=', id).execute()
    await orgRevisions.bump(db, tenantId)
  },
}
