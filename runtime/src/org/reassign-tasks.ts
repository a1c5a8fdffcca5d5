import { orgOf } from '@signoff/engine'
import type { Directory } from '@signoff/schemas'
import { orgAdminRole } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import type { Deps } from '../deps.ts'
import { transactIn } from '../instances/act.ts'

/**
 * Who takes over a leaver's work when the admin names nobody: the nearest active supervisor (the head
 * of their department; for a head, the head of a department above), else the first active org admin
 * in the users list (creation order, then login). Undefined when there is nobody.
 */
export function successorOf(directory: Directory, leaverId: string): string | undefined {
  const org = orgOf(directory)
  const supervisor = org.supervisorChain(leaverId).find((id) => org.isActive(id))
  if (supervisor !== undefined) return supervisor
  return directory.users.find(
    (user) => user.id !== leaverId && user.active !== false && user.roles.includes(orgAdminRole),
  )?.id
}

/**
 * The leaver's open and queued decision tasks across the tenant's instances, oldest first. One read
 * per status: each has an index of its own rows only (migration 0012), which a single `in` would miss.
 */
export async function heldTasks(db: Db, tenantId: string, userId: string) {
  const held = []
  for (const status of ['open', 'queued'])
    held.push(
      ...(await db
        .selectFrom('tasks')
        .select(['instance_id', 'engine_task_id', 'created_at', 'id'])
        .where('tenant_id', '=', tenantId)
        .where('assignee_id', '=', userId)
        .where('status', '=', status)
        .where('kind', '!=', 'cc')
        .execute()),
    )
  return held
    .sort((a, b) =>
      a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1,
    )
    .map(({ instance_id, engine_task_id }) => ({ instance_id, engine_task_id }))
}

export interface Handover {
  tenantId: string
  from: string
  to: string
  reason: string
}

/**
 * Moves every open or queued task of `from` to `to` inside the caller's transaction, one engine
 * `reassign` event each (recorded like any other event: timeline, tasks, event log, outbox). Any
 * refusal throws and so rolls back the whole handover. Returns how many tasks moved.
 */
export async function handOverTasks(trx: Db, deps: Deps, handover: Handover): Promise<number> {
  const held = await heldTasks(trx, handover.tenantId, handover.from)
  for (const task of held)
    await transactIn(trx, deps, {
      tenantId: handover.tenantId,
      instanceId: task.instance_id,
      event: {
        type: 'reassign',
        actor: 'system',
        taskId: task.engine_task_id,
        to: handover.to,
        reason: handover.reason,
      },
      expectedVersion: undefined,
    })
  return held.length
}
