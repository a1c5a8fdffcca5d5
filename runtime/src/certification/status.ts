import type { Db } from '../db/database.ts'
import { certificationDb } from './tables.ts'

/** Uncertified organizations may publish this many apps; certification lifts the limit. */
export const uncertifiedAppLimit = 5

/**
 * What certification unlocks: outbound webhooks, API tokens and more than five published apps. The
 * routes that offer those features read this to decide (see runtime/README.md, Certification).
 */
export function certifiedFeatures(certified: boolean) {
  return {
    webhooks: certified,
    apiTokens: certified,
    publishedAppLimit: certified ? null : uncertifiedAppLimit,
  }
}

/** The organization's certification as its members see it: the level, what granted it, what it unlocks. */
export async function certificationStatus(db: Db, tenantId: string) {
  const row = await certificationDb(db)
    .selectFrom('tenant_certifications')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst()
  if (!row) return { level: 'none', certified: false, features: certifiedFeatures(false) }
  return {
    level: row.level,
    certified: true,
    certifiedAt: row.certified_at,
    enterpriseName: row.enterprise_name,
    creditCode: row.credit_code,
    appId: row.app_id,
    appVersion: row.app_version,
    instanceId: row.instance_id,
    features: certifiedFeatures(true),
  }
}
