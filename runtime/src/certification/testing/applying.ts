import { sampleSubmissions } from '@signoff/templates'
import { createScheduler } from '../../scheduler/scheduler.ts'
import { seedTenant } from '../../seed/seed-tenant.ts'
import type { LooseJson, Session, TestServer } from '../../testing/harness.ts'
import { withUploads } from '../../testing/uploads.ts'
import { type CertificationAdapters, certificationBuiltins } from '../registry.ts'
import { certificationDb } from '../tables.ts'
import { simulatedVerification } from '../verification-adapter.ts'

/** An operator ID number the simulated face check reports as not matching the face. */
export const mismatchedFace = '11010519491231002X'

/** Runs the scheduler until nothing is due: the certification builtins with the simulated adapters. */
export async function drain(
  server: TestServer,
  adapters: Partial<CertificationAdapters> = {},
): Promise<number> {
  const scheduler = createScheduler(server.deps, {
    builtins: certificationBuiltins(server.deps, {
      verification: simulatedVerification(new Set([mismatchedFace])),
      ...adapters,
    }),
    leaseMs: 60_000,
    intervalMs: 1_000,
    batch: 50,
  })
  let ran = 0
  for (let pass = 0; pass < 10; pass++) {
    const report = await scheduler.tick()
    if (report.automationsRun === 0 && report.timersFired === 0) return ran
    ran += report.automationsRun
  }
  throw new Error('the scheduler did not settle')
}

export type CertificationType = 'enterprise' | 'individual'

export const sampleOf = (type: CertificationType): Record<string, unknown> =>
  structuredClone(
    sampleSubmissions[type === 'enterprise' ? 'enterprise-certification' : 'individual-certification'].values,
  )

/** The sample's values with real uploads by this session, for applying. */
export async function uploadedValues(session: Session, values: Record<string, unknown>) {
  return (await withUploads(session, values)) as Record<string, unknown>
}

export async function apply(
  session: Session,
  type: CertificationType,
  values: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return session.request('POST', `/api/v1/org/certification/apply?type=${type}`, {
    json: { values: await uploadedValues(session, values) },
    headers,
  })
}

export async function application(session: Session, id: string): Promise<LooseJson> {
  return (await session.request('GET', `/api/v1/org/certification/applications/${id}`)).json()
}

/** The reviewer's open task on the instance, approved (or rejected with a body). */
export async function review(
  reviewer: Session,
  instanceId: string,
  action: 'approve' | 'reject' | 'return' = 'approve',
  body: Record<string, unknown> = {},
) {
  const { items } = await (await reviewer.request('GET', '/api/v1/tasks?box=todo')).json()
  const task = items.find((item: { instanceId: string }) => item.instanceId === instanceId)
  if (!task) throw new Error('the reviewer has no open task on this application')
  return reviewer.request('POST', `/api/v1/tasks/${task.id}/${action}`, { json: body })
}

/** What the simulated bank received (only a test reads this: no API shows it). */
export async function bankTransfers(server: TestServer) {
  return certificationDb(server.db).selectFrom('simulated_bank_transfers').selectAll().execute()
}

/** A second organization with one admin, `boss` (password demo1234). */
export async function otherOrganization(server: TestServer, id = 'other'): Promise<void> {
  await seedTenant(
    server.db,
    {
      id,
      slug: id,
      name: '另一家公司',
      kind: 'organization',
      certification_level: 'none',
      created_at: '2026-03-01T00:00:00.000Z',
    },
    {
      departments: [{ id: 'hq', name: '总部', parentId: null, headId: null }],
      roles: [{ id: 'orgAdmin', name: { 'zh-CN': '组织管理员', en: 'Organization admin' } }],
      users: [{ id: 'boss', name: '老板', departmentId: 'hq', roles: ['orgAdmin'] }],
    },
    await server.deps.hasher.hash('demo1234'),
  )
}
