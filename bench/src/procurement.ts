import { sampleSubmissions } from '@signoff/templates'
import { loadApp } from '../../runtime/src/apps/load-app.ts'
import { loadPrincipal } from '../../runtime/src/auth/load-principal.ts'
import type { Principal } from '../../runtime/src/auth/principal.ts'
import type { Db } from '../../runtime/src/db/database.ts'
import type { Deps } from '../../runtime/src/deps.ts'
import { act } from '../../runtime/src/instances/act.ts'
import { startInstance } from '../../runtime/src/instances/start.ts'
import { apps } from '../../runtime/src/repositories/apps.ts'
import { attachments } from '../../runtime/src/repositories/attachments.ts'
import { tasks } from '../../runtime/src/repositories/tasks.ts'

export const tenantId = 'demo'

/**
 * Initiators whose procurement goes start → department head → CFO → procurement officer (no project
 * manager, so no technical evaluation; nobody who is themselves the CFO or the officer).
 */
export const initiators = ['zhangsan', 'lisi', 'wangwu', 'zhoujiu', 'fenger', 'zhaoliu', 'yangliu', 'wushi']

/** The sample order without the technical evaluation: 30,200 CNY, so the CFO is asked. */
export function orderValues(quote: { id: string; name: string; size: number; mime: string }) {
  return { ...structuredClone(sampleSubmissions.procurement.values), quote: [quote] }
}

export interface Procurement {
  appId: string
  principal: (userId: string) => Promise<Principal>
}

export async function procurementApp(db: Db): Promise<Procurement> {
  const cache = new Map<string, Promise<Principal>>()
  const principal = (userId: string) => {
    let found = cache.get(userId)
    if (!found) {
      found = loadPrincipal(db, tenantId, userId, {
        via: 'token',
        csrfToken: null,
        sessionTokenHash: null,
      }).then((loaded) => {
        if (!loaded) throw new Error(`no demo user ${userId}`)
        return loaded
      })
      cache.set(userId, found)
    }
    return found
  }
  const row = (await apps.list(db, tenantId)).find((app) => app.key === 'procurement')
  if (!row) throw new Error('the demo data has no procurement app')
  return { appId: row.id, principal }
}

/** What an upload leaves behind: the file's row (the bytes on disk play no part in these workloads). */
export async function uploadQuote(db: Db, uploader: string, id: string, at: string) {
  const quote = { id, name: '报价单.pdf', size: 524288, mime: 'application/pdf' }
  await attachments.insert(db, {
    tenant_id: tenantId,
    id,
    uploader_id: uploader,
    instance_id: null,
    name: quote.name,
    mime: quote.mime,
    size: quote.size,
    sha256: '0'.repeat(64),
    created_at: at,
  })
  return quote
}

export type Phase = 'start' | 'departmentApproval' | 'cfoApproval' | 'placeOrder'
export const phases: readonly Phase[] = ['start', 'departmentApproval', 'cfoApproval', 'placeOrder']

/**
 * One procurement from start to approved through the service layer, as the routes call it: the
 * start (app loaded for the caller), then each open task decided by its assignee (task read, then
 * act). `between` runs after each phase's transaction (to tell them apart when capturing); `until`
 * stops after that phase, leaving the instance running.
 */
export async function completeProcurement(
  deps: Deps,
  app: Procurement,
  initiator: string,
  quote: { id: string; name: string; size: number; mime: string },
  between: (phase: Phase) => void = () => {},
  until: Phase = 'placeOrder',
): Promise<{ instanceId: string; status: string }> {
  const starter = await app.principal(initiator)
  const loaded = await loadApp(deps.db, starter, app.appId)
  const started = await startInstance(deps, {
    principal: starter,
    app: loaded,
    body: { values: orderValues(quote) },
    idempotencyKey: undefined,
    // As the HTTP client of workload 3 asks (Prefer: return=minimal): the status and the next task.
    minimal: true,
  })
  const body = started.body as { id: string; tasks: { id: string; node: string; status: string }[] }
  const instanceId = body.id
  between('start')
  let status = 'running'
  if (until === 'start') return { instanceId, status }
  // The next task as the previous response shows it (an approver's inbox would list the same).
  let open = body.tasks.find((task) => task.status === 'open')
  for (const phase of phases.slice(1)) {
    if (open?.node !== phase) throw new Error(`expected an open task at ${phase}, got ${open?.node}`)
    const task = await tasks.get(deps.db, tenantId, open.id)
    if (!task) throw new Error('the task vanished')
    const after = await act(deps, {
      principal: await app.principal(task.assignee_id),
      instanceId,
      event: {
        type: 'approve',
        actor: task.assignee_id,
        taskId: task.engine_task_id,
        ...(phase === 'placeOrder' ? { values: { orderNumber: 'PO-2026-001' } } : {}),
      },
      expectedVersion: undefined,
    })
    status = after.row.status
    const next = after.tasks.find((row) => row.status === 'open')
    open = next && { id: next.id, node: next.node, status: next.status }
    between(phase)
    if (phase === until) break
  }
  return { instanceId, status }
}
