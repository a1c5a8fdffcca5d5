import type { Db } from '../db/database.ts'
import { fromJsonColumn, toJsonColumn } from '../db/json.ts'
import { newId } from '../ids.ts'

export interface AuditEntry {
  tenantId: string
  at: string
  actorId: string | null
  action: string
  targetType: string
  targetId: string
  detail: Record<string, unknown>
}

/** Org-level admin actions (publish, roll back, role changes, imports, deactivation): append only. */
export const auditLog = {
  append: (db: Db, entry: AuditEntry) =>
    db
      .insertInto('audit_log')
      .values({
        id: newId('audit'),
        tenant_id: entry.tenantId,
        at: entry.at,
        actor_id: entry.actorId,
        action: entry.action,
        target_type: entry.targetType,
        target_id: entry.targetId,
        detail: toJsonColumn(entry.detail),
      })
      .execute(),
  list: async (db: Db, tenantId: string, limit: number) => {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute()
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      detail: fromJsonColumn<Record<string, unknown>>(row.detail),
    }))
  },
}
