import { createReadStream } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { isOrgAdmin } from '../auth/principal.ts'
import { loadApplication } from '../certification/applications.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { attachments } from '../repositories/attachments.ts'
import { disposition } from './attachments.ts'

/**
 * The applicant's files, which moved to the platform tenant with the application: the applying
 * organization's admins download them here (reviewers use GET /attachments/{id} on the platform).
 * Anyone else, members of that organization included, gets 404 as for a file that does not exist.
 */
export function certificationFileRoutes(router: Router, deps: Deps): void {
  router.add(
    {
      method: 'get',
      path: '/api/v1/org/certification/applications/{instanceId}/files/{attachmentId}',
      summary:
        'Download a file of one of the organization’s applications (its org admins only; anyone else 404, as for no file)',
      tag: 'certification',
      auth: 'user',
    },
    async ({ c, principal }) => {
      if (principal.tenantKind !== 'organization' || !isOrgAdmin(principal)) throw fail.notFound('attachment')
      const { instance } = await loadApplication(deps, principal, c.req.param('instanceId') ?? '')
      const tenantId = instance.row.tenant_id
      const row = await attachments.get(deps.db, tenantId, c.req.param('attachmentId') ?? '')
      if (!row || row.instance_id !== instance.row.id) throw fail.notFound('attachment')
      const file = createReadStream(join(deps.attachmentsDir, tenantId, row.id))
      c.header('Content-Type', row.mime)
      c.header('Content-Length', String(row.size))
      c.header('Content-Disposition', disposition(row.name))
      c.header('Cache-Control', 'private, no-store')
      return c.body(Readable.toWeb(file) as ReadableStream)
    },
  )
}
