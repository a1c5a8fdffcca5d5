import type { AppDefinition, I18NText } from '@signoff/schemas'
import type { Principal } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import { fromJsonColumn } from '../db/json.ts'
import { fail } from '../http/errors.ts'
import { type AppRow, apps } from '../repositories/apps.ts'
import { departments } from '../repositories/departments.ts'
import { type AppAccess, appAccess, governingSettings } from './access.ts'
import { versionDefinition } from './version-definitions.ts'

export interface LoadedApp {
  row: AppRow
  draft: AppDefinition
  published: AppDefinition | undefined
  access: AppAccess
}

async function withAccess(
  db: Db,
  principal: Principal,
  row: AppRow,
  links: { id: string; parentId: string | null }[],
) {
  const draft = fromJsonColumn<AppDefinition>(row.draft)
  const published =
    row.current_version === null
      ? undefined
      : await versionDefinition(db, row.tenant_id, row.id, row.current_version)
  const access = appAccess(principal, governingSettings(published, draft), published !== undefined, links)
  return { row, draft, published, access }
}

async function departmentLinks(db: Db, tenantId: string) {
  return (await departments.list(db, tenantId)).map((row) => ({ id: row.id, parentId: row.parent_id }))
}

/** The app in the caller's tenant (404 for any other tenant's id) with what the caller may do with it. */
export async function loadApp(db: Db, principal: Principal, appId: string): Promise<LoadedApp> {
  const row = await apps.get(db, principal.tenantId, appId)
  if (!row) throw fail.notFound('app')
  return withAccess(db, principal, row, await departmentLinks(db, principal.tenantId))
}

export async function loadApps(db: Db, principal: Principal): Promise<LoadedApp[]> {
  const links = await departmentLinks(db, principal.tenantId)
  const rows = await apps.list(db, principal.tenantId)
  return Promise.all(rows.map((row) => withAccess(db, principal, row, links)))
}

/** 403 unless the caller may edit the app (404 when they may not even use it). */
export function requireEdit(app: LoadedApp): void {
  requireUse(app)
  if (!app.access.edit) throw fail.forbidden('only app admins and org admins may change this app')
}

/** 404 unless the caller may start or edit the app: an app that is not theirs looks like no app at all. */
export function requireUse(app: LoadedApp): void {
  if (!app.access.edit && !app.access.start) throw fail.notFound('app')
}

export function appSummary(app: LoadedApp) {
  const summary = {
    id: app.row.id,
    key: app.row.key,
    // Members see what is published; only editors see a draft's new name.
    name: app.access.edit || !app.published ? fromJsonColumn<I18NText>(app.row.name) : app.published.name,
    currentVersion: app.row.current_version,
    canEdit: app.access.edit,
    canStart: app.access.start,
    createdAt: app.row.created_at,
    updatedAt: app.row.updated_at,
  }
  return app.access.edit ? { ...summary, draftRevision: app.row.draft_revision } : summary
}
