import { requirePermission } from '../auth/guards.ts'
import { requireCertified } from '../certification/require-certified.ts'
import { fromJsonColumn, toJsonColumn } from '../db/json.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { newId, randomToken } from '../ids.ts'
import { apps } from '../repositories/apps.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { type WebhookRow, webhooks } from '../repositories/webhooks.ts'
import { checkTarget } from '../webhooks/address-guard.ts'

type WebhookCreateBody = { url: string; appId?: string; events: string[] }

function summary(row: WebhookRow) {
  return {
    id: row.id,
    appId: row.app_id,
    url: row.url,
    events: fromJsonColumn<string[]>(row.events),
    active: row.active === 1,
    createdAt: row.created_at,
  }
}

export function webhookRoutes(router: Router, deps: Deps): void {
  const { db } = deps

  router.add(
    {
      method: 'get',
      path: '/api/v1/webhooks',
      summary: 'Outbound webhooks of the organization (org admins)',
      tag: 'webhooks',
      auth: 'user',
      response: 'WebhookList',
    },
    async ({ c, principal }) => {
      requirePermission(principal, 'org.manage')
      return c.json({ items: (await webhooks.list(db, principal.tenantId)).map(summary) })
    },
  )

  router.add<WebhookCreateBody>(
    {
      method: 'post',
      path: '/api/v1/webhooks',
      summary:
        'Subscribe a URL to instance events of one app or all (a certified organization’s admins; else 403 certification.required); loopback, private, link-local and metadata targets are refused (400) unless allow-listed. The signing secret is shown once',
      tag: 'webhooks',
      auth: 'user',
      body: 'WebhookCreate',
      response: 'Webhook',
      status: 201,
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'org.manage')
      await requireCertified(db, principal, 'webhooks')
      const target = await checkTarget(body.url, deps.webhookAllowHosts)
      if (!target.ok) throw fail.badRequest('webhook_target_refused', target.reason, '/url')
      if (body.appId !== undefined && !(await apps.get(db, principal.tenantId, body.appId)))
        throw fail.badRequest('unknown_app', `no app ${body.appId}`, '/appId')
      const now = deps.now().toISOString()
      const row: WebhookRow = {
        tenant_id: principal.tenantId,
        id: newId('whk'),
        app_id: body.appId ?? null,
        url: body.url,
        secret: randomToken(),
        events: toJsonColumn(body.events),
        active: 1,
        created_by: principal.userId,
        created_at: now,
      }
      await db.transaction().execute(async (trx) => {
        await webhooks.insert(trx, row)
        await auditLog.append(trx, {
          tenantId: principal.tenantId,
          at: now,
          actorId: principal.userId,
          action: 'webhook.create',
          targetType: 'webhook',
          targetId: row.id,
          detail: { url: row.url, appId: row.app_id, events: body.events },
        })
      })
      return c.json({ ...summary(row), secret: row.secret }, 201)
    },
  )

  router.add(
    {
      method: 'delete',
      path: '/api/v1/webhooks/{webhookId}',
      summary: 'Remove a webhook',
      tag: 'webhooks',
      auth: 'user',
      status: 204,
    },
    async ({ c, principal }) => {
      requirePermission(principal, 'org.manage')
      const id = c.req.param('webhookId') ?? ''
      if (!(await webhooks.remove(db, principal.tenantId, id))) throw fail.notFound('webhook')
      await auditLog.append(db, {
        tenantId: principal.tenantId,
        at: deps.now().toISOString(),
        actorId: principal.userId,
        action: 'webhook.delete',
        targetType: 'webhook',
        targetId: id,
        detail: {},
      })
      return c.body(null, 204)
    },
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/webhooks/{webhookId}/deliveries',
      summary: 'The delivery log of a webhook, newest first',
      tag: 'webhooks',
      auth: 'user',
      response: 'WebhookDeliveryList',
      query: ['limit'],
    },
    async ({ c, principal }) => {
      requirePermission(principal, 'org.manage')
      const hook = await webhooks.get(db, principal.tenantId, c.req.param('webhookId') ?? '')
      if (!hook) throw fail.notFound('webhook')
      const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 100) || 100, 1), 1000)
      const rows = await webhooks.deliveries(db, principal.tenantId, hook.id, limit)
      return c.json({
        items: rows.map((row) => ({
          id: row.id,
          deliveryKey: row.outbox_id,
          attempt: row.attempt,
          status: row.status,
          error: row.error,
          at: row.at,
        })),
      })
    },
  )
}
