import { requirePermission } from '../auth/guards.ts'
import type { Deps } from '../deps.ts'
import type { Router } from '../http/router.ts'
import { loadDirectory } from '../org/directory.ts'
import { auditLog } from '../repositories/audit-log.ts'

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
