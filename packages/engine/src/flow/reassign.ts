import type { Task } from '../model/state.ts'
import type { Run } from '../run.ts'
import { addTask, closeTask, stepTasks } from './tasks.ts'

/** Users holding an open or queued task in the same step: they cannot be given a second one. */
export function busyInStep(run: Run, step: string): Set<string> {
  return new Set(
    stepTasks(run, step)
      .filter((t) => t.status === 'open' || t.status === 'queued')
      .map((t) => t.assignee),
  )
}

/**
 * Hands an open or queued task to someone else: the old one is closed as transferred, the new one takes
 * its place (a queued one stays queued behind the same tasks).
 */
export function reassign(run: Run, task: Task, to: string, escalated: boolean): Task {
  const queued = task.status === 'queued'
  const waitingFor = task.waitingFor
  closeTask(run, task, 'done', 'transferred')
  const { node, token, step, kind, origin, order } = task
  const next = addTask(run, {
    node,
    token,
    step,
    kind,
    origin,
    order,
    assignee: to,
    transferredFrom: task.assignee,
    status: queued ? 'queued' : 'open',
    ...(queued && waitingFor ? { waitingFor } : {}),
    ...(escalated ? { escalated: true } : {}),
  })
  for (const other of run.state.tasks)
    if (other.waitingFor) other.waitingFor = other.waitingFor.map((id) => (id === task.id ? next.id : id))
  return next
}
