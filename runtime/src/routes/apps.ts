import { lintApp } from '@signoff/analysis'
import { type AppDefinition, type I18NText, validateApp } from '@signoff/schemas'
import { getTemplate } from '@signoff/templates'
import { blankApp } from '../apps/blank-app.ts'
import { createApp } from '../apps/create-app.ts'
import { draftEtag, revisionFromIfMatch } from '../apps/etag.ts'
import { appSummary, loadApp, loadApps, requireEdit, requireUse } from '../apps/load-app.ts'
import { publishVersion } from '../apps/publish.ts'
import { requirePermission } from '../auth/guards.ts'
import { requirePublishSlot } from '../certification/require-certified.ts'
import { fromJsonColumn, toJsonColumn } from '../db/json.ts'
import type { Deps } from '../deps.ts'
import { fail, HttpError } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { loadDirectory } from '../org/directory.ts'
import { appVersions } from '../repositories/app-versions.ts'
import { apps } from '../repositories/apps.ts'

type AppCreateBody = { key: string; name: I18NText } | { fromTemplate: string; key?: string }

export function appRoutes(router: Router, deps: Deps): void {
  const { db } = deps
  const appPath = '/api/v1/apps/{appId}'
  const appId = (c: { req: { param: (name: string) => string | undefined } }) => c.req.param('appId') ?? ''

  router.add(
    {
      method: 'get',
      path: '/api/v1/apps',
      summary: 'Apps the caller may edit, and published apps the caller may start',
      tag: 'apps',
      auth: 'user',
      response: 'AppList',
    },
    async ({ c, principal }) => {
      const visible = (await loadApps(db, principal)).filter((app) => app.access.edit || app.access.start)
      return c.json({ items: visible.map(appSummary) })
    },
  )

  router.add<AppCreateBody>(
    {
      method: 'post',
      path: '/api/v1/apps',
      summary: 'Create an app, blank or from a built-in template; it starts as an unpublished draft',
      tag: 'apps',
      auth: 'user',
      body: 'AppCreate',
      response: 'App',
      status: 201,
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'apps.create')
      let content: AppDefinition
      if ('fromTemplate' in body) {
        const template = getTemplate(body.fromTemplate)
        if (!template)
          throw fail.badRequest('unknown_template', `no template ${body.fromTemplate}`, '/fromTemplate')
        content = structuredClone(template.app)
        if (body.key) content.key = body.key
      } else content = blankApp(body.key, body.name)
      const row = await createApp(db, {
        tenantId: principal.tenantId,
        content,
        createdBy: principal.userId,
        now: deps.now().toISOString(),
      })
      return c.json(appSummary(await loadApp(db, principal, row.id)), 201)
    },
  )

  router.add(
    {
      method: 'get',
      path: appPath,
      summary: 'One app; for those who may start it, with the current published definition',
      tag: 'apps',
      auth: 'user',
      response: 'App',
    },
    async ({ c, principal }) => {
      const app = await loadApp(db, principal, appId(c))
      requireUse(app)
      return c.json({ ...appSummary(app), ...(app.published ? { published: app.published } : {}) })
    },
  )

  router.add(
    {
      method: 'get',
      path: `${appPath}/draft`,
      summary: 'The draft definition; its ETag goes in If-Match when saving',
      tag: 'apps',
      auth: 'user',
      response: 'AppDefinition',
    },
    async ({ c, principal }) => {
      const app = await loadApp(db, principal, appId(c))
      requireEdit(app)
      c.header('ETag', draftEtag(app.row.draft_revision))
      return c.json(app.draft)
    },
  )

  router.add<AppDefinition>(
    {
      method: 'put',
      path: `${appPath}/draft`,
      summary:
        'Save the draft (If-Match required: 428 without, 409 when stale). Must match the app schema; lint findings are returned but do not block saving',
      tag: 'apps',
      auth: 'user',
      body: 'AppDefinition',
      response: 'DraftSaved',
      headers: ['If-Match'],
    },
    async ({ c, body, principal }) => {
      const app = await loadApp(db, principal, appId(c))
      requireEdit(app)
      const ifMatch = c.req.header('if-match')
      if (ifMatch === undefined) {
        throw new HttpError(
          428,
          'precondition_required',
          'send If-Match with the ETag of the draft you edited',
        )
      }
      const expected = revisionFromIfMatch(ifMatch)
      const current = draftEtag(app.row.draft_revision)
      if (expected !== app.row.draft_revision) {
        throw fail.conflict(
          'stale_draft',
          'the draft changed since you loaded it; reload and reapply your edit',
          {
            currentEtag: current,
          },
        )
      }
      if (body.key !== app.row.key)
        throw fail.badRequest('key_changed', `the key stays ${app.row.key}`, '/key')
      const saved = await apps.saveDraft(db, principal.tenantId, app.row.id, app.row.draft_revision, {
        json: toJsonColumn(body),
        name: toJsonColumn(body.name),
        updatedAt: deps.now().toISOString(),
      })
      if (!saved)
        throw fail.conflict('stale_draft', 'the draft changed while saving; reload', { currentEtag: current })
      const revision = app.row.draft_revision + 1
      const findings = lintApp(body, { directory: await loadDirectory(db, principal.tenantId) })
      c.header('ETag', draftEtag(revision))
      return c.json({ revision, etag: draftEtag(revision), findings })
    },
  )

  router.add<{ note?: string }>(
    {
      method: 'post',
      path: `${appPath}/publish`,
      summary:
        'Publish the draft as the next immutable version (422 with findings while it has errors; 403 certification.required for an uncertified organization’s 6th published app)',
      tag: 'apps',
      auth: 'user',
      body: 'PublishRequest',
      response: 'VersionSummary',
      status: 201,
      headers: ['If-Match'],
    },
    async ({ c, body, principal }) => {
      const app = await loadApp(db, principal, appId(c))
      requireEdit(app)
      const ifMatch = c.req.header('if-match')
      if (ifMatch !== undefined && revisionFromIfMatch(ifMatch) !== app.row.draft_revision) {
        throw fail.conflict('stale_draft', 'the draft changed since you loaded it', {
          currentEtag: draftEtag(app.row.draft_revision),
        })
      }
      const { version } = await publishVersion(db, {
        tenantId: principal.tenantId,
        appId: app.row.id,
        content: app.draft,
        note: body.note ?? '',
        authorId: principal.userId,
        now: deps.now().toISOString(),
        directory: await loadDirectory(db, principal.tenantId),
        action: 'app.publish',
        hold: (trx, current) => requirePublishSlot(trx, principal, current),
      })
      return c.json(
        {
          number: version.number,
          contentHash: version.content_hash,
          note: version.note,
          authorId: version.author_id,
          createdAt: version.created_at,
        },
        201,
      )
    },
  )

  router.add(
    {
      method: 'get',
      path: `${appPath}/export`,
      summary: 'The app as a JSON file: a given ?version, else the current version, else the draft',
      tag: 'apps',
      auth: 'user',
      response: 'AppExport',
      query: ['version'],
    },
    async ({ c, principal }) => {
      const app = await loadApp(db, principal, appId(c))
      requireEdit(app)
      const asked = c.req.query('version')
      let version = app.row.current_version
      let content = app.published ?? app.draft
      if (asked !== undefined) {
        const row = /^\d{1,9}$/.test(asked)
          ? await appVersions.get(db, principal.tenantId, app.row.id, Number(asked))
          : undefined
        if (!row) throw fail.notFound('version')
        version = row.number
        content = fromJsonColumn<AppDefinition>(row.content)
      }
      c.header(
        'Content-Disposition',
        `attachment; filename="${app.row.key}${version ? `-v${version}` : '-draft'}.json"`,
      )
      return c.json({
        format: 'signoff-app',
        formatVersion: 1,
        exportedAt: deps.now().toISOString(),
        source: { version },
        app: content,
      })
    },
  )

  router.add<{ app: unknown }>(
    {
      method: 'post',
      path: '/api/v1/apps/import',
      summary: 'Create an app from an exported file; its definition becomes the new draft',
      tag: 'apps',
      auth: 'user',
      body: 'AppExport',
      response: 'App',
      status: 201,
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'apps.create')
      const result = validateApp(body.app)
      if (!result.ok) throw fail.invalid(result.issues, '/app')
      const row = await createApp(db, {
        tenantId: principal.tenantId,
        content: result.value,
        createdBy: principal.userId,
        now: deps.now().toISOString(),
      })
      return c.json(appSummary(await loadApp(db, principal, row.id)), 201)
    },
  )
}
