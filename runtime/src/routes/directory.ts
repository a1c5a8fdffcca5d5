import type { WorkCalendar } from '@signoff/schemas'
import { requirePermission } from '../auth/guards.ts'
import type { Deps } from '../deps.ts'
import type { Router } from '../http/router.ts'
import { loadDirectory } from '../org/directory.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { workCalendars } from '../repositories/work-calendars.ts'

export function directoryRoutes(router: Router, deps: Deps): void {
  router.add(
    {
      method: 'get',
      path: '/api/v1/directory',
      summary: 'The organization as the flow engine and lint read it (directory.schema.json)',
      tag: 'org',
      auth: 'user',
      response: 'Directory',
    },
    async ({ c, principal }) => c.json(await loadDirectory(deps.db, principal.tenantId)),
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/org/calendar',
      summary: 'The work calendar: holidays on weekdays and make-up working days on weekends',
      tag: 'org',
      auth: 'user',
      response: 'WorkCalendar',
    },
    async ({ c, principal }) => {
      requirePermission(principal, 'org.manage')
      const calendar = await workCalendars.get(deps.db, principal.tenantId)
      return c.json(calendar ?? { holidays: [], workdays: [] })
    },
  )

  router.add<WorkCalendar>(
    {
      method: 'put',
      path: '/api/v1/org/calendar',
      summary: 'Replace the work calendar (leaveDays and workingDays count with it from now on)',
      tag: 'org',
      auth: 'user',
      body: 'WorkCalendar',
      response: 'WorkCalendar',
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'org.manage')
      const tenantId = principal.tenantId
      const calendar = {
        holidays: [...(body.holidays ?? [])].sort(),
        workdays: [...(body.workdays ?? [])].sort(),
      }
      const now = deps.now().toISOString()
      await deps.db.transaction().execute(async (trx) => {
        await workCalendars.put(trx, tenantId, calendar, now)
        await auditLog.append(trx, {
          tenantId,
          at: now,
          actorId: principal.userId,
          action: 'calendar.update',
          targetType: 'calendar',
          targetId: tenantId,
          detail: { holidays: calendar.holidays.length, workdays: calendar.workdays.length },
        })
      })
      return c.json(calendar)
    },
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/audit',
      summary: 'Organization-level admin actions, newest first',
      tag: 'org',
      auth: 'user',
      response: 'AuditList',
      query: ['limit'],
    },
    async ({ c, principal }) => {
      requirePermission(principal, 'audit.read')
      const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 100) || 100, 1), 1000)
      return c.json({ items: await auditLog.list(deps.db, principal.tenantId, limit) })
    },
  )
}
