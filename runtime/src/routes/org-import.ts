import { requirePermission } from '../auth/guards.ts'
import type { Deps } from '../deps.ts'
import { HttpError } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { applyImport } from '../org/import-apply.ts'
import { checkImport } from '../org/import-check.ts'
import { roles } from '../repositories/roles.ts'
import { users } from '../repositories/users.ts'

export function orgImportRoutes(router: Router, deps: Deps): void {
  router.add<string>(
    {
      method: 'post',
      path: '/api/v1/org/import',
      summary:
        'Import members from CSV (login,name,email,phone,department,roles,head): all rows or none, with a per-row error report',
      tag: 'org',
      auth: 'user',
      body: 'csv',
      response: 'OrgImportResult',
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'org.manage')
      const tenantId = principal.tenantId
      const [roleRows, userRows] = await Promise.all([
        roles.list(deps.db, tenantId),
        users.list(deps.db, tenantId),
      ])
      const plan = checkImport(body, {
        roles: new Set(roleRows.map((role) => role.id)),
        logins: new Set(userRows.map((user) => user.login)),
      })
      if (plan.errors.length > 0) {
        const bad = plan.errors.length
        throw new HttpError(400, 'import_invalid', `${bad} row(s) have errors; nothing was imported`, {
          path: `/rows/${plan.errors[0]?.line ?? 0}`,
          rows: plan.errors,
        })
      }
      const result = await applyImport(
        deps.db,
        { tenantId, actorId: principal.userId, now: deps.now().toISOString() },
        plan.rows,
      )
      return c.json(result)
    },
  )
}
