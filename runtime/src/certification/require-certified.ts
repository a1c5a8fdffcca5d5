import type { Principal } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import { forUpdate } from '../db/dialect.ts'
import { HttpError } from '../http/errors.ts'
import { certificationStatus, uncertifiedAppLimit } from './status.ts'

/** What certification unlocks, named for the refusal (see certifiedFeatures in status.ts). */
const features = {
  webhooks: { zh: '对外 Webhook', en: 'Outbound webhooks' },
  apiTokens: { zh: 'API 令牌', en: 'API tokens' },
  publishedApps: { zh: '发布第 6 个及更多应用', en: 'Publishing more than 5 apps' },
} as const

export type CertifiedFeature = keyof typeof features

/** Either level unlocks every certified-only feature. */
const requiredLevels = ['intermediate', 'individual'] as const

/** 403 certification.required, saying which feature needs which levels. */
export function certificationRequired(feature: CertifiedFeature): HttpError {
  const { zh, en } = features[feature]
  return new HttpError(
    403,
    'certification.required',
    `${zh}需要组织先完成认证（企业认证·中级 或 个体工商户认证）/ ${en}: available once the organization is certified (intermediate or individual business); apply under Admin → Certification`,
    { feature, requiredLevels },
  )
}

/** The platform tenant runs the installation; any other tenant needs a granted certification. */
async function isCertified(db: Db, principal: Principal): Promise<boolean> {
  if (principal.tenantKind === 'platform') return true
  return (await certificationStatus(db, principal.tenantId)).certified
}

export async function requireCertified(db: Db, principal: Principal, feature: CertifiedFeature) {
  if (!(await isCertified(db, principal))) throw certificationRequired(feature)
}

/**
 * A first publish makes one more published app, which an uncertified organization may have at most
 * uncertifiedAppLimit of; new versions of an app already published are never held back. Run inside the
 * publish transaction: the tenant row is held until it commits, so two first publishes at once are
 * counted one after the other instead of both seeing room for one more.
 */
export async function requirePublishSlot(
  db: Db,
  principal: Principal,
  app: { current_version: number | null },
): Promise<void> {
  if (app.current_version !== null || (await isCertified(db, principal))) return
  await forUpdate(db, db.selectFrom('tenants').select('id').where('id', '=', principal.tenantId)).execute()
  const { count } = await db
    .selectFrom('apps')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('tenant_id', '=', principal.tenantId)
    .where('current_version', 'is not', null)
    .executeTakeFirstOrThrow()
  if (Number(count) >= uncertifiedAppLimit) throw certificationRequired('publishedApps')
}
