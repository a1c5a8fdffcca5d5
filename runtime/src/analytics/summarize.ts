import { type Durations, durations, isoWeek, minutes } from './percentiles.ts'

export interface InstanceFact {
  id: string
  appId: string
  status: string
  createdAt: string
  /** When a finished instance finished (its last change). */
  updatedAt: string
}

export interface TaskFact {
  appId: string
  node: string
  kind: string
  assignee: string
  status: string
  createdAt: string
  completedAt: string | null
}

export interface Summary {
  apps: ({ appId: string; started: number; finished: number; approved: number; rejected: number } & {
    cycleTime: Durations
  })[]
  nodes: ({ appId: string; node: string; open: number } & Durations)[]
  weeks: { week: string; started: number; finished: number }[]
  openByApprover: { userId: string; open: number; oldestMinutes: number }[]
  /** Where work waits longest: open tasks times their median time at the node (minutes), worst first. */
  bottlenecks: { appId: string; node: string; open: number; medianMinutes: number; waitingMinutes: number }[]
}

const finishedStatuses = new Set(['approved', 'rejected', 'withdrawn', 'failed'])
const decided = new Set(['approve', 'handle'])
const span = (from: string, to: string) => Date.parse(to) - Date.parse(from)

function bump<K>(map: Map<K, number>, key: K, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by)
}

/**
 * Dashboard figures from the instances started in a window and their tasks, as of `now`: cycle time
 * per app and per node (median, p90), throughput per ISO week, open tasks per approver, bottlenecks.
 * Pure, so the same numbers come out of SQLite and PostgreSQL.
 */
export function summarize(
  instances: readonly InstanceFact[],
  tasks: readonly TaskFact[],
  now: string,
): Summary {
  const perApp = new Map<string, InstanceFact[]>()
  for (const instance of instances) {
    const list = perApp.get(instance.appId) ?? []
    list.push(instance)
    perApp.set(instance.appId, list)
  }
  const apps = [...perApp].map(([appId, list]) => {
    const finished = list.filter((instance) => finishedStatuses.has(instance.status))
    return {
      appId,
      started: list.length,
      finished: finished.length,
      approved: list.filter((instance) => instance.status === 'approved').length,
      rejected: list.filter((instance) => instance.status === 'rejected').length,
      cycleTime: durations(finished.map((instance) => span(instance.createdAt, instance.updatedAt))),
    }
  })

  const perNode = new Map<string, { appId: string; node: string; done: number[]; open: number }>()
  const openByApprover = new Map<string, { open: number; oldest: number }>()
  for (const task of tasks) {
    if (!decided.has(task.kind)) continue
    const key = `${task.appId}\u0000${task.node}`
    const entry = perNode.get(key) ?? { appId: task.appId, node: task.node, done: [], open: 0 }
    if (task.completedAt && task.status === 'done') entry.done.push(span(task.createdAt, task.completedAt))
    if (task.status === 'open') {
      entry.open += 1
      const mine = openByApprover.get(task.assignee) ?? { open: 0, oldest: 0 }
      openByApprover.set(task.assignee, {
        open: mine.open + 1,
        oldest: Math.max(mine.oldest, span(task.createdAt, now)),
      })
    }
    perNode.set(key, entry)
  }
  const nodes = [...perNode.values()].map((entry) => ({
    appId: entry.appId,
    node: entry.node,
    open: entry.open,
    ...durations(entry.done),
  }))

  const started = new Map<string, number>()
  const finishedWeeks = new Map<string, number>()
  for (const instance of instances) {
    bump(started, isoWeek(instance.createdAt))
    if (finishedStatuses.has(instance.status)) bump(finishedWeeks, isoWeek(instance.updatedAt))
  }
  const weeks = [...new Set([...started.keys(), ...finishedWeeks.keys()])]
    .sort()
    .map((week) => ({ week, started: started.get(week) ?? 0, finished: finishedWeeks.get(week) ?? 0 }))

  const bottlenecks = nodes
    .filter((node) => node.open > 0 && node.medianMinutes !== null)
    .map((node) => ({
      appId: node.appId,
      node: node.node,
      open: node.open,
      medianMinutes: node.medianMinutes ?? 0,
      waitingMinutes: node.open * (node.medianMinutes ?? 0),
    }))
    .sort((a, b) => b.waitingMinutes - a.waitingMinutes)
    .slice(0, 5)

  return {
    apps,
    nodes,
    weeks,
    openByApprover: [...openByApprover]
      .map(([userId, entry]) => ({
        userId,
        open: entry.open,
        oldestMinutes: minutes(entry.oldest),
      }))
      .sort((a, b) => b.open - a.open || b.oldestMinutes - a.oldestMinutes),
    bottlenecks,
  }
}
