import type { Deps } from '../deps.ts'
import type { Router } from '../http/router.ts'
import { notifications } from '../repositories/notifications.ts'

export function notificationRoutes(router: Router, deps: Deps): void {
  const { db } = deps

  router.add(
    {
      method: 'get',
      path: '/api/v1/notifications',
      summary: 'The caller’s in-app notices (the bell), newest first, with the unread count',
      tag: 'notifications',
      auth: 'user',
      response: 'NotificationList',
      query: ['limit'],
    },
    async ({ c, principal }) => {
      const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 50) || 50, 1), 200)
      const rows = await notifications.list(db, principal.tenantId, principal.userId, limit)
      return c.json({
        unread: await notifications.unread(db, principal.tenantId, principal.userId),
        items: rows.map((row) => ({
          id: row.id,
          instanceId: row.instance_id,
          taskId: row.task_id,
          reason: row.reason,
          createdAt: row.created_at,
          readAt: row.read_at,
        })),
      })
    },
  )

  router.add<{ ids?: string[] }>(
    {
      method: 'post',
      path: '/api/v1/notifications/read',
      summary: 'Mark notices read: the listed ids, or all of them',
      tag: 'notifications',
      auth: 'user',
      body: 'NotificationsRead',
      response: 'NotificationsMarked',
    },
    async ({ c, body, principal }) =>
      c.json({
        marked: await notifications.markRead(
          db,
          principal.tenantId,
          principal.userId,
          body.ids,
          deps.now().toISOString(),
        ),
      }),
  )
}
