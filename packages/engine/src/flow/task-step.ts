import type { FlowNode } from '@signoff/schemas'
import { assign } from '../approvers/assign.ts'
import type { Task, Token } from '../model/state.ts'
import { eventDate, nameOf, namesOf, nextId, nodeLabel, note, type Run } from '../run.ts'
import { advance } from './advance.ts'
import { fail } from './lifecycle.ts'
import { notify } from './notify.ts'
import { type TaskNode, taskNodeOf } from './task-nodes.ts'
import { addTask, closeTask, isApproval, openTask, stepTasks } from './tasks.ts'

const signerOrigins: readonly Task['origin'][] = ['addedBefore', 'addedAfter']

export function taskNodeConfig(node: FlowNode): TaskNode {
  const config = taskNodeOf(node)
  if (!config) throw new Error(`node "${node.id}" assigns no tasks`)
  return config
}

/** A token reaches an approval or handler node: ask the people its rules resolve to. */
export function enterTaskNode(run: Run, token: Token, node: FlowNode): void {
  const config = taskNodeConfig(node)
  const { state } = run
  const outcome = assign({
    org: run.org,
    initiator: state.initiator,
    values: state.values,
    selected: state.selectedApprovers[node.id] ?? [],
    rules: config.rules,
    policies: config.policies,
    date: eventDate(run),
    approvedBy: state.approvedBy,
    admins: run.definition.settings.admins ?? [],
  })
  const label = nodeLabel(node)
  if (outcome.type === 'fail') {
    fail(run, `${label.en}: ${outcome.reason}`, node.id)
    return
  }
  if (outcome.type === 'pass' || outcome.assignments.length === 0) {
    note(run, `${label['zh-CN']}：无人可审，自动通过`, `${label.en}: nobody to ask, passed automatically`)
    advance(run, token)
    return
  }
  if (outcome.emptyPolicy)
    note(run, `${label['zh-CN']}：无人可审，转交管理员`, `${label.en}: nobody to ask, handed to the admin`)
  const step = nextId(run, 's')
  let opened = false
  outcome.assignments.forEach((a, order) => {
    const waits = config.mode === 'sequential' && opened
    const fields = {
      node: node.id,
      token: token.id,
      step,
      kind: config.taskKind,
      assignee: a.user,
      origin: outcome.emptyPolicy ? ('emptyPolicy' as const) : ('rule' as const),
      order,
      ...(a.delegatedFrom === undefined ? {} : { delegatedFrom: a.delegatedFrom }),
    }
    if (a.auto) {
      addTask(run, {
        ...fields,
        status: 'done',
        outcome: 'autoApproved',
        autoReason: a.auto,
        completedAt: run.at,
      })
      note(
        run,
        `${nameOf(run, a.user)} 自动通过`,
        `${nameOf(run, a.user)} approved automatically (${a.auto})`,
      )
      return
    }
    addTask(run, { ...fields, status: waits ? 'queued' : 'open' })
    opened = true
    if (a.delegatedFrom !== undefined)
      note(
        run,
        `${nameOf(run, a.delegatedFrom)} 不在岗，由 ${nameOf(run, a.user)} 代理`,
        `${nameOf(run, a.delegatedFrom)} is out of office; ${nameOf(run, a.user)} acts instead`,
      )
  })
  const people = namesOf(
    run,
    outcome.assignments.filter((a) => !a.auto).map((a) => a.user),
  )
  if (people) note(run, `${label['zh-CN']}：${people}`, `${label.en}: ${people}`)
  settle(run, step)
}

/**
 * After a task of a step changes: reopen approvers whose added signers are done, open the next one in
 * sequence, or, when the mode's rule is met and every added signer approved, leave the node.
 */
export function settle(run: Run, step: string): void {
  const tasks = stepTasks(run, step).filter((t) => t.status !== 'cancelled' && t.outcome !== 'transferred')
  const first = tasks[0]
  const token = first && run.state.tokens.find((k) => k.id === first.token)
  if (!first || !token) return
  const byId = new Map(tasks.map((t) => [t.id, t]))
  for (const task of tasks) {
    const signers = task.waitingFor?.map((id) => byId.get(id))
    if (task.status === 'queued' && signers?.every((s) => s !== undefined && isApproval(s)))
      openTask(run, task)
  }
  const config = taskNodeConfig(run.graph.node(first.node))
  const signers = tasks.filter((t) => signerOrigins.includes(t.origin))
  const base = tasks.filter((t) => !signerOrigins.includes(t.origin))
  const baseDone = config.mode === 'any' ? base.some(isApproval) : base.every(isApproval)
  // Once the mode's rule is met nobody else at the node needs to decide; only added signers may still have to.
  if (baseDone)
    for (const task of base)
      if (task.status === 'open' || task.status === 'queued') closeTask(run, task, 'skipped')
  if (baseDone && signers.every(isApproval)) {
    if (run.definition.settings.notifications?.initiatorOnEachStep)
      notify(run, { to: [run.state.initiator], reason: 'step', node: first.node })
    advance(run, token)
    return
  }
  const busy = base.some((t) => t.status === 'open' || (t.status === 'queued' && t.waitingFor))
  if (config.mode === 'sequential' && !busy) {
    const next = base.filter((t) => t.status === 'queued').sort((a, b) => a.order - b.order)[0]
    if (next) openTask(run, next)
  }
}
