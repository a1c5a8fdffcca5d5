import type { InstanceState } from '@signoff/engine'
import type { AppDefinition } from '@signoff/schemas'
import { definitionOfHash, versionDefinition } from '../apps/version-definitions.ts'
import { isOrgAdmin, type Principal } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import { fromJsonColumn } from '../db/json.ts'
import { fail } from '../http/errors.ts'
import { type InstanceRow, instances } from '../repositories/instances.ts'
import { type TaskRow, tasks } from '../repositories/tasks.ts'

export interface LoadedInstance {
  row: InstanceRow
  state: InstanceState
  /** The app version the instance is pinned to. */
  definition: AppDefinition
  tasks: TaskRow[]
}

/** The instance with its pinned definition and tasks. */
export async function loadInstance(
  db: Db,
  tenantId: string,
  id: string,
): Promise<LoadedInstance | undefined> {
  const row = await instances.get(db, tenantId, id)
  if (!row) return undefined
  const definition = await versionDefinition(db, tenantId, row.app_id, row.app_version)
  return withTasks(db, row, definition)
}

/**
 * The same read for update, for an event: on PostgreSQL a second transaction on the same instance
 * waits here until the first commits (SQLite already runs one writing transaction at a time). The
 * version's hash and the org revision come with the row, so the definition and the directory come
 * from their caches without reads of their own; `orgRevision` is for loadDirectoryAt.
 */
export async function lockInstance(
  db: Db,
  tenantId: string,
  id: string,
): Promise<(LoadedInstance & { orgRevision: string | undefined }) | undefined> {
  const locked = await instances.getForUpdate(db, tenantId, id)
  if (!locked) return undefined
  const { row, versionHash, orgRevision } = locked
  const definition =
    versionHash === undefined
      ? undefined
      : await definitionOfHash(db, tenantId, row.app_id, row.app_version, versionHash)
  return { ...(await withTasks(db, row, definition)), orgRevision }
}

async function withTasks(
  db: Db,
  row: InstanceRow,
  definition: AppDefinition | undefined,
): Promise<LoadedInstance> {
  if (!definition) throw new Error(`instance ${row.id} is pinned to a missing version`)
  return {
    row,
    state: fromJsonColumn<InstanceState>(row.state),
    definition,
    tasks: await tasks.ofInstance(db, row.tenant_id, row.id),
  }
}

/** Admins of the pinned version, org admins, the initiator and everyone who holds or held a task on it. */
export function maySee(principal: Principal, instance: LoadedInstance): boolean {
  return (
    isOrgAdmin(principal) ||
    (instance.definition.settings.admins ?? []).includes(principal.userId) ||
    instance.row.initiator_id === principal.userId ||
    instance.tasks.some((task) => task.assignee_id === principal.userId)
  )
}

/** The instance when the caller may see it; a 404 otherwise, the same as for an id that does not exist. */
export async function loadVisibleInstance(db: Db, principal: Principal, id: string): Promise<LoadedInstance> {
  const instance = await loadInstance(db, principal.tenantId, id)
  if (!instance || !maySee(principal, instance)) throw fail.notFound('instance')
  return instance
}
