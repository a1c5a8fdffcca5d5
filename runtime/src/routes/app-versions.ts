import { diffApps } from '@signoff/analysis'
import type { AppDefinition } from '@signoff/schemas'
import { loadApp, requireEdit } from '../apps/load-app.ts'
import { publishVersion } from '../apps/publish.ts'
import { fromJsonColumn } from '../db/json.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { loadDirectory } from '../org/directory.ts'
import { type AppVersionRow, appVersions } from '../repositories/app-versions.ts'

function versionSummary(row: Omit<AppVersionRow, 'content' | 'tenant_id' | 'app_id'>) {
  return {
    number: row.number,
    contentHash: row.content_hash,
    note: row.note,
    authorId: row.author_id,
    createdAt: row.created_at,
  }
}

export function appVersionRoutes(router: Router, deps: Deps): void {
  const { db } = deps
  const appPath = '/api/v1/apps/{appId}'

  async function editableApp(principal: Parameters<typeof loadApp>[1], id: string | undefined) {
    const app = await loadApp(db, principal, id ?? '')
    requireEdit(app)
    return app
  }

  async function versionRow(tenantId: string, appId: string, number: string | undefined) {
    const row =
      number !== undefined && /^\d{1,9}$/.test(number)
        ? await appVersions.get(db, tenantId, appId, Number(number))
        : undefined
    if (!row) throw fail.notFound('version')
    return row
  }

  router.add(
    {
      method: 'get',
      path: `${appPath}/versions`,
      summary: 'Published versions, newest first',
      tag: 'apps',
      auth: 'user',
      response: 'VersionList',
    },
    async ({ c, principal }) => {
      const app = await editableApp(principal, c.req.param('appId'))
      const rows = await appVersions.list(db, principal.tenantId, app.row.id)
      return c.json({ items: rows.map(versionSummary) })
    },
  )

  router.add(
    {
      method: 'get',
      path: `${appPath}/versions/{number}`,
      summary: 'One version with its content',
      tag: 'apps',
      auth: 'user',
      response: 'Version',
    },
    async ({ c, principal }) => {
      const app = await editableApp(principal, c.req.param('appId'))
      const row = await versionRow(principal.tenantId, app.row.id, c.req.param('number'))
      return c.json({ ...versionSummary(row), content: fromJsonColumn<AppDefinition>(row.content) })
    },
  )

  router.add(
    {
      method: 'get',
      path: `${appPath}/diff`,
      summary: 'What changed between two versions (?from=1&to=2; "draft" names the draft)',
      tag: 'apps',
      auth: 'user',
      response: 'AppDiff',
      query: ['from', 'to'],
    },
    async ({ c, principal }) => {
      const app = await editableApp(principal, c.req.param('appId'))
      const side = async (name: 'from' | 'to') => {
        const value = c.req.query(name)
        if (value === undefined) throw fail.badRequest('missing_query', `give ?${name}=`, `/${name}`)
        if (value === 'draft') return app.draft
        return fromJsonColumn<AppDefinition>(
          (await versionRow(principal.tenantId, app.row.id, value)).content,
        )
      }
      return c.json(diffApps(await side('from'), await side('to')))
    },
  )

  router.add<{ version: number; note?: string }>(
    {
      method: 'post',
      path: `${appPath}/rollback`,
      summary: "Publish an earlier version's content as a new version (the draft is left as it is)",
      tag: 'apps',
      auth: 'user',
      body: 'RollbackRequest',
      response: 'VersionSummary',
      status: 201,
    },
    async ({ c, body, principal }) => {
      const app = await editableApp(principal, c.req.param('appId'))
      const source = await versionRow(principal.tenantId, app.row.id, String(body.version))
      const { version } = await publishVersion(db, {
        tenantId: principal.tenantId,
        appId: app.row.id,
        content: fromJsonColumn<AppDefinition>(source.content),
        note: body.note ?? `roll back to version ${source.number}`,
        authorId: principal.userId,
        now: deps.now().toISOString(),
        directory: await loadDirectory(db, principal.tenantId),
        action: 'app.rollback',
        detail: { from: source.number },
      })
      return c.json(versionSummary(version), 201)
    },
  )
}
