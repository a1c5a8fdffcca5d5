import type { InboxItem, InstanceSummary, TaskSummary } from '../api/types.ts'

/** One line of an inbox, whether the box lists tasks (todo, done, cc) or instances (started). */
export interface InboxRow {
  key: string
  taskId?: string
  instanceId: string
  appId: string
  title: string
  serialNumber: string
  status: string
  initiator: string
  node?: string
  taskKind?: TaskSummary['kind']
  taskStatus?: string
  outcome?: string | null
  at: string
}

const isTask = (item: InboxItem): item is TaskSummary & { instance?: InstanceSummary } => 'instanceId' in item

export function inboxRow(item: InboxItem): InboxRow {
  if (!isTask(item))
    return {
      key: item.id,
      instanceId: item.id,
      appId: item.appId,
      title: item.title ?? '',
      serialNumber: item.serialNumber ?? '',
      status: item.status,
      initiator: item.initiator,
      at: item.createdAt,
    }
  const instance = item.instance
  return {
    key: item.id,
    taskId: item.id,
    instanceId: item.instanceId,
    appId: instance?.appId ?? '',
    title: instance?.title ?? '',
    serialNumber: instance?.serialNumber ?? '',
    status: instance?.status ?? 'running',
    initiator: instance?.initiator ?? '',
    node: item.node,
    taskKind: item.kind,
    taskStatus: item.status,
    outcome: item.outcome,
    at: item.completedAt ?? item.createdAt,
  }
}

export interface InboxFilter {
  app?: string
  status?: string
  text?: string
}

/**
 * The rows matching every filter given: the app, the instance status, and text found (case-blind) in
 * the serial number, the title, the app's name or the initiator's name.
 */
export function filterInbox(
  rows: readonly InboxRow[],
  filter: InboxFilter,
  names: { app: (id: string) => string; user: (id: string) => string },
): InboxRow[] {
  const text = filter.text?.trim().toLowerCase()
  return rows.filter((row) => {
    if (filter.app && row.appId !== filter.app) return false
    if (filter.status && row.status !== filter.status) return false
    if (!text) return true
    return [row.serialNumber, row.title, names.app(row.appId), names.user(row.initiator)].some((value) =>
      value.toLowerCase().includes(text),
    )
  })
}

/** The distinct values a filter can choose from, in first-seen order. */
export function filterOptions(rows: readonly InboxRow[]): { apps: string[]; statuses: string[] } {
  return {
    apps: [...new Set(rows.map((row) => row.appId).filter(Boolean))],
    statuses: [...new Set(rows.map((row) => row.status))],
  }
}

/** Only open approval tasks can be approved together from the list. */
export function batchApprovable(row: InboxRow): boolean {
  return row.taskId !== undefined && row.taskKind === 'approve' && row.taskStatus === 'open'
}
