import { createHash } from 'node:crypto'
import type { Db } from '../db/database.ts'
import type { Builtin, BuiltinRegistry } from '../scheduler/builtins.ts'

/**
 * What the applicant is told at each step, in app. The engine already tells them when a review passes
 * (step), when they have something to do (taskAssigned), when the application comes back (returned)
 * and how it ended (approved, withdrawn); these cover the automatic steps it is silent about.
 */
export const certificationNotices = {
  'certification.submitted': {
    'zh-CN': '已收到认证申请，正在自动预检',
    en: 'Application received; the automatic pre-check is running',
  },
  'certification.precheckPassed': {
    'zh-CN': '自动预检通过，等待平台审核',
    en: 'The pre-check passed; waiting for the platform’s review',
  },
  'certification.depositSent': {
    'zh-CN': '平台已向对公账户打入一笔小额款项，请查询后填写金额',
    en: 'A small amount was sent to the corporate account; look it up and enter it',
  },
  'certification.depositVerified': {
    'zh-CN': '打款金额核对无误，等待复审',
    en: 'The amount matches; waiting for the second review',
  },
  'certification.faceVerified': {
    'zh-CN': '人脸识别通过，等待审核',
    en: 'Face verification passed; waiting for the review',
  },
  'certification.granted': {
    'zh-CN': '认证通过，组织已获得认证等级',
    en: 'Certified: the organization now holds its certification level',
  },
} as const

export type CertificationNotice = keyof typeof certificationNotices

/** The engine's reasons as the applicant reads them (others show as their code). */
const engineNotices: Record<string, { 'zh-CN': string; en: string }> = {
  step: { 'zh-CN': '一个审核环节已通过', en: 'A review step passed' },
  taskAssigned: { 'zh-CN': '有一步等您处理', en: 'A step is waiting for you' },
  returned: {
    'zh-CN': '申请已退回，请修改后重新提交',
    en: 'The application was returned; fix it and resubmit',
  },
  approved: { 'zh-CN': '申请已通过', en: 'The application was approved' },
  reminder: { 'zh-CN': '提醒：有一步等您处理', en: 'Reminder: a step is waiting for you' },
}

export function noticeMessage(reason: string): { 'zh-CN': string; en: string } | null {
  if (Object.hasOwn(certificationNotices, reason)) return certificationNotices[reason as CertificationNotice]
  return Object.hasOwn(engineNotices, reason) ? (engineNotices[reason] ?? null) : null
}

/**
 * Tells the application's applicant (its initiator, the stand-in) once per `once` key: the id derives
 * from it, so a re-run builtin or a replayed apply adds nothing.
 */
export async function noticeToApplicant(
  db: Db,
  input: { tenantId: string; instanceId: string; reason: CertificationNotice; once: string; at: string },
): Promise<void> {
  const instance = await db
    .selectFrom('instances')
    .select('initiator_id')
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.instanceId)
    .executeTakeFirst()
  if (!instance) return
  const digest = createHash('sha256').update(`${input.once}\u0000${input.reason}`).digest('hex')
  const id = `ntf_${digest.slice(0, 20)}`
  // Notices are keyed by their reader and time (the inbox order, migration 0012), so an earlier
  // copy is looked up among the applicant's own notices; the same time twice conflicts on the key.
  const seen = await db
    .selectFrom('notifications')
    .select('id')
    .where('tenant_id', '=', input.tenantId)
    .where('user_id', '=', instance.initiator_id)
    .where('id', '=', id)
    .executeTakeFirst()
  if (seen) return
  await db
    .insertInto('notifications')
    .values({
      id,
      tenant_id: input.tenantId,
      user_id: instance.initiator_id,
      instance_id: input.instanceId,
      task_id: null,
      reason: input.reason,
      created_at: input.at,
      read_at: null,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'user_id', 'created_at', 'id']).doNothing())
    .execute()
}

/** The builtin, telling the applicant `reason` when it succeeds (once per visit of its node). */
export function noticeOnSuccess(
  db: Db,
  now: () => Date,
  reason: CertificationNotice,
  builtin: Builtin,
): Builtin {
  return async (call) => {
    const result = await builtin(call)
    if (result.ok)
      await noticeToApplicant(db, {
        tenantId: call.tenantId,
        instanceId: call.instanceId,
        reason,
        once: call.automationId,
        at: now().toISOString(),
      })
    return result
  }
}

/** Wraps the named builtins of a registry with their notices. */
export function withNotices(
  db: Db,
  now: () => Date,
  registry: BuiltinRegistry,
  notices: Readonly<Record<string, CertificationNotice>>,
): BuiltinRegistry {
  return Object.fromEntries(
    Object.entries(registry).map(([name, builtin]) => {
      const reason = notices[name]
      return [name, reason ? noticeOnSuccess(db, now, reason, builtin) : builtin]
    }),
  )
}
