import type { Db } from '../db/database.ts'
import type { WebhookDeliveryTable, WebhookTable } from '../db/schema.ts'

export type WebhookRow = WebhookTable
export type WebhookDeliveryRow = WebhookDeliveryTable

export const webhooks = {
  list: (db: Db, tenantId: string) =>
    db
      .selectFrom('webhooks')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  get: (db: Db, tenantId: string, id: string) =>
    db
      .selectFrom('webhooks')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  /** Active subscriptions of the tenant for this app (or for every app). */
  subscribed: (db: Db, tenantId: string, appId: string) =>
    db
      .selectFrom('webhooks')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('active', '=', 1)
      .where((eb) => eb.or([eb('app_id', 'is', null), eb('app_id', '=', appId)]))
      .orderBy('id')
      .execute(),
  insert: (db: Db, row: WebhookRow) => db.insertInto('webhooks').values(row).execute(),
  remove: async (db: Db, tenantId: string, id: string) =>
    Number(
      (
        await db
          .deleteFrom('webhooks')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', id)
          .executeTakeFirst()
      ).numDeletedRows,
    ) === 1,
  logDelivery: (db: Db, row: WebhookDeliveryRow) => db.insertInto('webhook_deliveries').values(row).execute(),
  deliveries: (db: Db, tenantId: string, webhookId: string, limit: number) =>
    db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('webhook_id', '=', webhookId)
      .orderBy('at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute(),
  /** The subscriptions an outbox row already reached (a 2xx answer), so a retry skips them. */
  reached: async (db: Db, outboxId: string) =>
    new Set(
      (
        await db
          .selectFrom('webhook_deliveries')
          .select('webhook_id')
          .where('outbox_id', '=', outboxId)
          .where('status', '>=', 200)
          .where('status', '<', 300)
          .execute()
      ).map((row) => row.webhook_id),
    ),
}
