import { attemptsLeft } from '@signoff/engine'
import { isOrgAdmin, type Principal } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import { type LoadedInstance, loadInstance } from '../instances/load.ts'
import { instanceView } from '../instances/view.ts'
import { loadDirectory } from '../org/directory.ts'
import { applicantsOfOrg, platformTenantId, standInFor } from './applicants.ts'

/** What an organization may apply for, and the built-in app (by key, on the platform tenant) that runs it. */
export const applicationTypes = {
  enterprise: 'enterprise-certification',
  individual: 'individual-certification',
} as const

export type ApplicationType = keyof typeof applicationTypes

export const isApplicationType = (value: unknown): value is ApplicationType =>
  typeof value === 'string' && Object.hasOwn(applicationTypes, value)

/**
 * What a certified organization may still apply for: an individual business may go on to certify as an
 * enterprise (a business that incorporated); an enterprise has nothing further, nor applies for the same
 * level twice.
 */
export const mayApplyWhenCertified = (level: string, type: ApplicationType): boolean =>
  level === 'individual' && type === 'enterprise'

/** Applications are the organization's business: its admins act on them, on an organization tenant. */
export function requireOrgAdmin(principal: Principal): void {
  if (principal.tenantKind !== 'organization' || !isOrgAdmin(principal))
    throw fail.forbidden('only an organization admin may do this')
}

/** The organization's applications (instances its members' stand-ins started), newest first. */
export async function applicationsOf(db: Db, orgTenantId: string) {
  const standIns = (await applicantsOfOrg(db, orgTenantId)).map((link) => link.platform_user_id)
  if (standIns.length === 0) return []
  return db
    .selectFrom('instances')
    .selectAll()
    .where('tenant_id', '=', await platformTenantId(db))
    .where('initiator_id', 'in', standIns)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute()
}

export interface LoadedApplication {
  instance: LoadedInstance
  /** The stand-in that applied: the organization's admins act as it. */
  standIn: Principal
}

/** One of the caller's organization's applications; a 404 for anything else, as for a missing id. */
export async function loadApplication(
  deps: Deps,
  principal: Principal,
  id: string,
): Promise<LoadedApplication> {
  requireOrgAdmin(principal)
  const instance = await loadInstance(deps.db, await platformTenantId(deps.db), id)
  const standIns = new Set(
    (await applicantsOfOrg(deps.db, principal.tenantId)).map((l) => l.platform_user_id),
  )
  if (!instance || !standIns.has(instance.row.initiator_id)) throw fail.notFound('application')
  return { instance, standIn: await standInFor(deps.db, instance.row.initiator_id) }
}

/** The reviewer's rejection the application came back with: the reason, its code and the code's label. */
function rejectionOf(instance: LoadedInstance) {
  const rejection = instance.state.rejection
  if (!rejection) return null
  const node = instance.definition.flow.nodes.find((n) => n.id === rejection.node)
  const reasons = node && 'rejectReasons' in node ? (node.rejectReasons ?? []) : []
  const label = reasons.find((r) => r.code === rejection.reasonCode)?.label
  return {
    node: rejection.node,
    reason: rejection.reason,
    reasonCode: rejection.reasonCode ?? null,
    label: label ?? null,
  }
}

/** The application as its applicant sees it: the start node's field permissions, tasks, timeline, tries left. */
export async function applicationView(deps: Deps, application: LoadedApplication) {
  const { instance, standIn } = application
  const directory = await loadDirectory(deps.db, standIn.tenantId)
  const view = await instanceView(deps.db, standIn, instance, directory, deps.now())
  const open = instance.tasks.find((t) => t.assignee_id === standIn.userId && t.status === 'open')
  return {
    ...view,
    applicationType: Object.entries(applicationTypes).find(([, key]) => key === instance.definition.key)?.[0],
    returned: instance.state.returned
      ? { node: instance.state.returned.node, reason: instance.state.returned.reason ?? null }
      : null,
    rejection: rejectionOf(instance),
    applicantTask: open ? { id: open.id, node: open.node, kind: open.kind } : null,
    attemptsLeft: attemptsLeft(instance.definition, instance.state),
    // The pinned version renders the form and names the steps as they were when it started.
    definition: instance.definition,
  }
}
