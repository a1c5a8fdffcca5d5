import type { Request } from 'autocannon'
import { initiators, orderValues } from './procurement.ts'

export interface Session {
  cookie: string
  csrf: string
}

interface Cycle {
  initiator?: string
  quote?: { id: string; name: string; size: number; mime: string }
  instanceId?: string
  task?: { id: string; assignee: string }
}

type Json = { tasks?: { id: string; assignee: string; status: string }[]; status?: string; id?: string }

const boundary = 'signoffbenchboundary'
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024, 0x20)])
const uploadBody = Buffer.concat([
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="quote.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  ),
  pdf,
  Buffer.from(`\r\n--${boundary}--\r\n`),
])

/** The open task the instance response shows: the next person to decide. */
function openTask(body: string): { id: string; assignee: string } | undefined {
  const parsed = JSON.parse(body) as Json
  const task = parsed.tasks?.find((item) => item.status === 'open')
  return task && { id: task.id, assignee: task.assignee }
}

/**
 * One connection's cycle, as people would use the API: the initiator uploads the quote and starts
 * a procurement, then each approver in turn reads their to-do inbox (one page) and approves (the
 * procurement officer fills in the order number). Each connection starts as a different initiator.
 * The start and the approvals ask for the short answer (`Prefer: return=minimal`): the client moves
 * on to the next step and needs only the status and the next open task, as a chat-app client would.
 */
export function procurementCycle(
  sessions: Map<string, Session>,
  appId: string,
  counters: { completed: number; started: number; connections: number },
): Request[] {
  const as = (login: string, headers: Record<string, string> = {}) => {
    const session = sessions.get(login)
    if (!session) throw new Error(`no session for ${login}`)
    return { cookie: session.cookie, 'x-csrf-token': session.csrf, ...headers }
  }
  const cycle = (context: object) => context as Cycle
  const approveSteps = (last: boolean): Request[] => [
    {
      method: 'GET',
      path: '/api/v1/tasks?box=todo&limit=20',
      setupRequest: (request, context) => {
        const task = cycle(context).task
        return task ? { ...request, headers: as(task.assignee) } : (undefined as unknown as Request)
      },
    },
    {
      method: 'POST',
      setupRequest: (request, context) => {
        const task = cycle(context).task
        if (!task) return undefined as unknown as Request
        return {
          ...request,
          path: `/api/v1/tasks/${task.id}/approve`,
          headers: as(task.assignee, { 'content-type': 'application/json', prefer: 'return=minimal' }),
          body: JSON.stringify(last ? { values: { orderNumber: 'PO-2026-001' } } : {}),
        }
      },
      onResponse: (status, body, context) => {
        const state = cycle(context)
        state.task = status === 200 ? openTask(body) : undefined
        if (last && status === 200 && (JSON.parse(body) as Json).status === 'approved') counters.completed++
      },
    },
  ]
  return [
    {
      method: 'POST',
      path: '/api/v1/attachments',
      setupRequest: (request, context) => {
        const state = cycle(context)
        state.initiator ??= initiators[counters.connections++ % initiators.length] as string
        return {
          ...request,
          headers: as(state.initiator, { 'content-type': `multipart/form-data; boundary=${boundary}` }),
          body: uploadBody,
        }
      },
      onResponse: (status, body, context) => {
        cycle(context).quote = status === 201 || status === 200 ? JSON.parse(body) : undefined
      },
    },
    {
      method: 'POST',
      path: `/api/v1/apps/${appId}/instances`,
      setupRequest: (request, context) => {
        const state = cycle(context)
        if (!state.quote || !state.initiator) return undefined as unknown as Request
        return {
          ...request,
          headers: as(state.initiator, { 'content-type': 'application/json', prefer: 'return=minimal' }),
          body: JSON.stringify({ values: orderValues(state.quote) }),
        }
      },
      onResponse: (status, body, context) => {
        const state = cycle(context)
        state.task = status === 201 ? openTask(body) : undefined
        if (status === 201) counters.started++
      },
    },
    ...approveSteps(false),
    ...approveSteps(false),
    ...approveSteps(true),
  ]
}
