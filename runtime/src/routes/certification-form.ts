import { versionDefinition } from '../apps/version-definitions.ts'
import { platformTenantId } from '../certification/applicants.ts'
import { applicationTypes, isApplicationType, requireOrgAdmin } from '../certification/applications.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { apps } from '../repositories/apps.ts'

/**
 * The form an organization applies with: the current published version of the platform's certification
 * app, so an edited and republished app is what applicants fill (the app itself stays on the platform).
 */
export function certificationFormRoutes(router: Router, deps: Deps): void {
  router.add(
    {
      method: 'get',
      path: '/api/v1/org/certification/form',
      summary:
        'The application form (?type=enterprise|individual) of the certification app’s current version, for org admins',
      tag: 'certification',
      auth: 'user',
      query: ['type'],
    },
    async ({ c, principal }) => {
      requireOrgAdmin(principal)
      const type = c.req.query('type')
      if (!isApplicationType(type))
        throw fail.badRequest('invalid_type', 'type must be enterprise or individual', '/type')
      const platform = await platformTenantId(deps.db)
      const row = await apps.getByKey(deps.db, platform, applicationTypes[type])
      if (!row || row.current_version === null) throw fail.notFound('certification app')
      const definition = await versionDefinition(deps.db, platform, row.id, row.current_version)
      if (!definition) throw fail.notFound('certification app version')
      const start = definition.flow.nodes.find((node) => node.kind === 'start')
      return c.json({
        type,
        name: definition.name,
        version: row.current_version,
        form: definition.form,
        // The start node's field permissions: what the applicant fills (the deposit amount comes later).
        permissions: (start && 'fieldPermissions' in start ? start.fieldPermissions : undefined) ?? {},
      })
    },
  )
}
