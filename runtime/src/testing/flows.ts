import { sampleSubmissions } from '@signoff/templates'
import type { Session, TestResponse, TestServer } from './harness.ts'
import { withUploads } from './uploads.ts'

/** A session per demo login, signed in once. */
export function sessions(server: TestServer) {
  const cache = new Map<string, Promise<Session>>()
  return (login: string) => {
    let session = cache.get(login)
    if (!session) {
      session = server.signIn(login)
      cache.set(login, session)
    }
    return session
  }
}

export async function appIdOf(session: Session, key: string): Promise<string> {
  const { items } = await (await session.request('GET', '/api/v1/apps')).json()
  const app = items.find((item: { key: string }) => item.key === key)
  if (!app) throw new Error(`no app ${key}`)
  return app.id
}

export function procurementValues(unitPrice: string): Record<string, unknown> {
  const sample = structuredClone(sampleSubmissions.procurement.values)
  return { ...sample, items: [{ itemName: '服务器', quantity: 1, unitPrice }] }
}

const uploadsByKey = new Map<
  string,
  Map<string, Promise<{ id: string; name: string; size: number; mime: string }>>
>()

/**
 * Starts an instance; the files the values name are uploaded first by the same person (each start
 * its own files, except that repeating an Idempotency-Key repeats the same ones).
 */
export async function start(
  session: Session,
  appId: string,
  values: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<TestResponse> {
  const key = headers['idempotency-key']
  let cache: Map<string, Promise<{ id: string; name: string; size: number; mime: string }>> | undefined
  if (key !== undefined) {
    cache = uploadsByKey.get(`${session.cookie}:${key}`) ?? new Map()
    uploadsByKey.set(`${session.cookie}:${key}`, cache)
  }
  const uploaded = await withUploads(session, values, cache)
  return session.request('POST', `/api/v1/apps/${appId}/instances`, { json: { values: uploaded }, headers })
}

/** The caller's open tasks on one instance. */
export async function openTasks(
  session: Session,
  instanceId: string,
): Promise<{ id: string; node: string }[]> {
  const { items } = await (await session.request('GET', '/api/v1/tasks?box=todo')).json()
  return items.filter((item: { instanceId: string }) => item.instanceId === instanceId)
}

export async function theOpenTask(
  session: Session,
  instanceId: string,
): Promise<{ id: string; node: string }> {
  const [task, ...more] = await openTasks(session, instanceId)
  if (!task || more.length > 0)
    throw new Error(`expected exactly one open task, got ${more.length + (task ? 1 : 0)}`)
  return task
}
