import type { Db } from '../db/database.ts'
import type { AttachmentTable } from '../db/schema.ts'

export type AttachmentRow = AttachmentTable

export const attachments = {
  get: (db: Db, tenantId: string, id: string) =>
    db
      .selectFrom('attachments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  insert: (db: Db, row: AttachmentRow) => db.insertInto('attachments').values(row).execute(),
  link: (db: Db, tenantId: string, id: string, instanceId: string) =>
    db
      .updateTable('attachments')
      .set({ instance_id: instanceId })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('instance_id', 'is', null)
      .execute(),
}
