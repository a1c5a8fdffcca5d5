import type { Deps } from '../deps.ts'
import { auditLog } from '../repositories/audit-log.ts'
import type { Builtin } from '../scheduler/builtins.ts'
import { applicantOrgOf } from './applicant-org.ts'
import { paramsOf } from './params.ts'
import { certificationDb } from './tables.ts'

/** The levels an application may grant, as the template's params name them. */
export const certificationLevels = ['intermediate', 'individual'] as const

export type CertificationLevel = (typeof certificationLevels)[number]

const isLevel = (value: unknown): value is CertificationLevel =>
  certificationLevels.includes(value as CertificationLevel)

/**
 * certification.grant: the applying organization is certified at the params' level, with the code,
 * name and the app version and instance that granted it; the tenant's level shows on /me too.
 */
export function grantBuiltin(deps: Deps): Builtin {
  return async (call) => {
    const level = paramsOf(call).level
    if (!isLevel(level))
      return { ok: false, error: `unknown certification level "${String(level)}"`, final: true }
    const org = await applicantOrgOf(deps.db, call.tenantId, call.instanceId)
    if (!org) return { ok: false, error: 'no organization applied with this instance', final: true }
    const code = String(call.values.creditCode ?? '')
      .trim()
      .toUpperCase()
    const row = {
      tenant_id: org.orgTenantId,
      level,
      credit_code: code,
      enterprise_name: String(call.values.enterpriseName ?? ''),
      certified_at: deps.now().toISOString(),
      app_id: org.instance.app_id,
      app_version: org.instance.app_version,
      instance_id: org.instance.id,
    }
    const cdb = certificationDb(deps.db)
    const holder = await cdb
      .selectFrom('tenant_certifications')
      .select('tenant_id')
      .where('credit_code', '=', code)
      .executeTakeFirst()
    if (holder && holder.tenant_id !== org.orgTenantId)
      return { ok: false, error: '企业信息已存在 / enterprise already exists', final: true }
    await deps.db.transaction().execute(async (trx) => {
      await certificationDb(trx)
        .insertInto('tenant_certifications')
        .values(row)
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ ...row }))
        .execute()
      await trx
        .updateTable('tenants')
        .set({ certification_level: level })
        .where('id', '=', org.orgTenantId)
        .execute()
      await auditLog.append(trx, {
        tenantId: org.orgTenantId,
        at: row.certified_at,
        actorId: null,
        action: 'certification.grant',
        targetType: 'tenant',
        targetId: org.orgTenantId,
        detail: { level, creditCode: code, instanceId: row.instance_id, appVersion: row.app_version },
      })
    })
    return { ok: true }
  }
}
