import { taskView } from '@signoff/engine'
import { isOrgAdmin, type Principal } from '../auth/principal.ts'
import type { Deps } from '../deps.ts'
import { fail, HttpError } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { act, type CallerEvent } from '../instances/act.ts'
import { expectedVersionOf } from '../instances/expected-version.ts'
import { loadInstance } from '../instances/load.ts'
import { instanceSummary, instanceView, taskSummary } from '../instances/view.ts'
import { loadDirectory } from '../org/directory.ts'
import { instances } from '../repositories/instances.ts'
import { type Box, type TaskRow, tasks } from '../repositories/tasks.ts'
import { instanceResponse } from './instance-response.ts'

type Versioned = { expectedVersion?: number }
type ApproveBody = Versioned & { comment?: string; values?: Record<string, unknown> }
type RejectBody = Versioned & { reason: string; reasonCode?: string; target?: string }
type ReturnBody = Versioned & { reason?: string }
type TransferBody = Versioned & { to: string; comment?: string }
type AddSignerBody = Versioned & { users: string[]; position: 'before' | 'after'; comment?: string }

const boxes = ['todo', 'done', 'cc', 'started'] as const

/** Drops the keys whose value is undefined, so optional event fields are absent rather than undefined. */
function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T
}

export function taskRoutes(router: Router, deps: Deps): void {
  const { db } = deps
  const taskPath = '/api/v1/tasks/{taskId}'

  // The to-do count is exact (open work stays small); the history boxes stop at countCap and name
  // themselves in `capped`, so a count never walks everything a user ever did.
  async function counts(principal: Principal) {
    const { tenantId, userId } = principal
    const [todo, done, cc, started] = await Promise.all([
      tasks.count(db, tenantId, userId, 'todo'),
      tasks.countCapped(db, tenantId, userId, 'done'),
      tasks.countCapped(db, tenantId, userId, 'cc'),
      instances.countStartedBy(db, tenantId, userId),
    ])
    const history = { done, cc, started }
    const capped = Object.entries(history)
      .filter(([, value]) => value.capped)
      .map(([box]) => box)
    return { todo, done: done.count, cc: cc.count, started: started.count, capped }
  }

  async function withInstances(principal: Principal, rows: TaskRow[]) {
    const ids = [...new Set(rows.map((row) => row.instance_id))]
    const found = await instances.summaries(db, principal.tenantId, ids)
    const byId = new Map(found.map((row) => [row.id, instanceSummary(row)]))
    return rows.map((row) => ({ ...taskSummary(row), instance: byId.get(row.instance_id) }))
  }

  /** The task in the caller's tenant (404 otherwise); the engine decides whether the caller may act on it. */
  async function taskOf(principal: Principal, id: string): Promise<TaskRow> {
    const row = await tasks.get(db, principal.tenantId, id)
    if (!row) throw fail.notFound('task')
    return row
  }

  async function decide(
    principal: Principal,
    taskId: string,
    expectedVersion: number | undefined,
    event: (task: TaskRow) => CallerEvent,
  ) {
    const task = await taskOf(principal, taskId)
    return act(deps, { principal, instanceId: task.instance_id, event: event(task), expectedVersion })
  }

  router.add(
    {
      method: 'get',
      path: '/api/v1/tasks',
      summary:
        'An inbox: todo (mine to decide), done, cc (copied to me) or started (instances I started), with all counts',
      tag: 'tasks',
      auth: 'user',
      response: 'TaskList',
      query: ['box', 'limit'],
    },
    async ({ c, principal }) => {
      const box = (c.req.query('box') ?? 'todo') as (typeof boxes)[number]
      if (!boxes.includes(box))
        throw fail.badRequest('invalid_box', `box is one of ${boxes.join(', ')}`, '/box')
      const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 100) || 100, 1), 500)
      const items =
        box === 'started'
          ? (await instances.list(db, principal.tenantId, { initiatorId: principal.userId }, limit)).map(
              instanceSummary,
            )
          : await withInstances(
              principal,
              await tasks.list(db, principal.tenantId, principal.userId, box as Box, limit),
            )
      return c.json({ box, items, counts: await counts(principal) })
    },
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/tasks/counts',
      summary: 'How many items each inbox holds',
      tag: 'tasks',
      auth: 'user',
      response: 'TaskCounts',
    },
    async ({ c, principal }) => c.json(await counts(principal)),
  )

  router.add<{ taskIds: string[]; comment?: string }>(
    {
      method: 'post',
      path: '/api/v1/tasks/batch-approve',
      summary: 'Approve several tasks, each on its own: a result per task',
      tag: 'tasks',
      auth: 'user',
      body: 'TaskBatchApprove',
      response: 'BatchResult',
    },
    async ({ c, body, principal }) => {
      const results = []
      // One after the other: each is its own transaction, and a failure leaves the others standing.
      for (const taskId of body.taskIds) {
        try {
          const instance = await decide(principal, taskId, undefined, (task) =>
            defined({
              type: 'approve' as const,
              actor: principal.userId,
              taskId: task.engine_task_id,
              comment: body.comment,
            }),
          )
          results.push({ taskId, status: 200, instance: instanceSummary(instance.row) })
        } catch (error) {
          if (!(error instanceof HttpError)) throw error
          results.push({ taskId, status: error.status, error: { code: error.code, message: error.message } })
        }
      }
      return c.json({ results })
    },
  )

  router.add(
    {
      method: 'get',
      path: taskPath,
      summary:
        'A task with the instance data under its node’s field permissions (assignee, app and org admins)',
      tag: 'tasks',
      auth: 'user',
      response: 'TaskDetail',
    },
    async ({ c, principal }) => {
      const task = await taskOf(principal, c.req.param('taskId') ?? '')
      const instance = await loadInstance(db, principal.tenantId, task.instance_id)
      const admin =
        isOrgAdmin(principal) || (instance?.definition.settings.admins ?? []).includes(principal.userId)
      if (!instance || (task.assignee_id !== principal.userId && !admin)) throw fail.notFound('task')
      const view = taskView(instance.definition, instance.state, task.engine_task_id)
      if (!view) throw fail.notFound('task')
      const directory = await loadDirectory(db, principal.tenantId)
      const detail = await instanceView(db, principal, instance, directory, deps.now())
      return c.json({
        task: { ...taskSummary(task), waitingFor: view.task.waitingFor, comment: view.task.comment },
        node: view.node,
        values: view.values,
        permissions: view.permissions,
        instance: { ...instanceSummary(instance.row), timeline: detail.timeline, tasks: detail.tasks },
      })
    },
  )

  const actions: {
    name: string
    summary: string
    body: 'TaskApprove' | 'TaskReject' | 'TaskReturn' | 'TaskTransfer' | 'TaskAddSigner'
    event: (principal: Principal, task: TaskRow, body: never) => CallerEvent
  }[] = [
    {
      name: 'approve',
      summary: 'Approve (or complete a handler task), optionally editing the fields the node allows',
      body: 'TaskApprove',
      event: (principal, task, body: ApproveBody) =>
        defined({
          type: 'approve',
          actor: principal.userId,
          taskId: task.engine_task_id,
          comment: body.comment,
          values: body.values,
        }),
    },
    {
      name: 'reject',
      summary: 'Reject with a reason (and a reason code when the node defines them)',
      body: 'TaskReject',
      event: (principal, task, body: RejectBody) =>
        defined({
          type: 'reject',
          actor: principal.userId,
          taskId: task.engine_task_id,
          reason: body.reason,
          reasonCode: body.reasonCode,
          target: body.target,
        }),
    },
    {
      name: 'return',
      summary: 'Return the instance to the initiator to fix and resubmit',
      body: 'TaskReturn',
      event: (principal, task, body: ReturnBody) =>
        defined({
          type: 'return',
          actor: principal.userId,
          taskId: task.engine_task_id,
          reason: body.reason,
        }),
    },
    {
      name: 'transfer',
      summary: 'Hand the task to someone else',
      body: 'TaskTransfer',
      event: (principal, task, body: TransferBody) =>
        defined({
          type: 'transfer',
          actor: principal.userId,
          taskId: task.engine_task_id,
          to: body.to,
          comment: body.comment,
        }),
    },
    {
      name: 'add-signer',
      summary: 'Add signers before or after yourself at this node',
      body: 'TaskAddSigner',
      event: (principal, task, body: AddSignerBody) =>
        defined({
          type: 'addSigner',
          actor: principal.userId,
          taskId: task.engine_task_id,
          users: body.users,
          position: body.position,
          comment: body.comment,
        }),
    },
  ]

  for (const action of actions) {
    router.add<Versioned>(
      {
        method: 'post',
        path: `${taskPath}/${action.name}`,
        summary: `${action.summary}. Guarded by the instance version (expectedVersion or If-Match; a stale one is a 409)`,
        tag: 'tasks',
        auth: 'user',
        body: action.body,
        response: 'Instance',
        headers: ['If-Match', 'Prefer'],
      },
      async ({ c, body, principal }) => {
        const instance = await decide(
          principal,
          c.req.param('taskId') ?? '',
          expectedVersionOf(c, body),
          (task) => action.event(principal, task, body as never),
        )
        return instanceResponse(c, deps, principal, instance)
      },
    )
  }
}
