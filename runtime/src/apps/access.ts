import type { AppDefinition, AppSettings } from '@signoff/schemas'
import { isOrgAdmin, type Principal } from '../auth/principal.ts'
import { type DepartmentLink, mayStart } from './starters.ts'

export interface AppAccess {
  /** May edit the draft, publish, roll back, see versions. */
  edit: boolean
  /** May start instances of the current version (and so read it). */
  start: boolean
}

/**
 * The settings that govern an app: those of the current published version, or of the draft while
 * nothing is published, so editing a draft never grants anyone anything before it is published.
 */
export function governingSettings(published: AppDefinition | undefined, draft: AppDefinition): AppSettings {
  return (published ?? draft).settings
}

export function appAccess(
  principal: Principal,
  settings: AppSettings,
  published: boolean,
  departments: readonly DepartmentLink[],
): AppAccess {
  const edit = isOrgAdmin(principal) || (settings.admins ?? []).includes(principal.userId)
  const start =
    published &&
    mayStart(
      settings.starters,
      { id: principal.userId, active: true, departmentId: principal.departmentId, roles: principal.roles },
      departments,
    )
  return { edit, start }
}
