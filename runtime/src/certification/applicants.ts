import type { Principal } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import { fail } from '../http/errors.ts'
import { newId } from '../ids.ts'
import { orgRevisions } from '../repositories/org-revisions.ts'
import { tenants } from '../repositories/tenants.ts'
import { users } from '../repositories/users.ts'
import { type CertificationApplicantTable, certificationDb } from './tables.ts'

/** The tenant that runs the certification apps (the first platform tenant). */
export async function platformTenantId(db: Db): Promise<string> {
  const row = await db
    .selectFrom('tenants')
    .select('id')
    .where('kind', '=', 'platform')
    .orderBy('created_at')
    .executeTakeFirst()
  if (!row) throw fail.notFound('platform tenant')
  return row.id
}

/**
 * The applicant's stand-in on the platform tenant, made on first use (`created`): a user without a
 * password (it cannot sign in) named after the person and their organization. Instances it starts are
 * the organization's applications; its tasks are the applicant's, done through /org/certification.
 */
export async function applicantOnPlatform(
  db: Db,
  principal: Principal,
  now: string,
): Promise<{ standIn: Principal; created: boolean }> {
  const cdb = certificationDb(db)
  const platform = await platformTenantId(db)
  let link = await cdb
    .selectFrom('certification_applicants')
    .selectAll()
    .where('org_tenant_id', '=', principal.tenantId)
    .where('org_user_id', '=', principal.userId)
    .executeTakeFirst()
  const created = link === undefined
  if (!link) {
    const org = await tenants.get(db, principal.tenantId)
    const id = newId('usr')
    await users.insert(db, {
      tenant_id: platform,
      id,
      login: `applicant.${principal.tenantId}.${principal.userId}`,
      name: `${principal.name}（${org?.name ?? principal.tenantId}）`,
      email: null,
      phone: null,
      department_id: null,
      password_hash: null,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    link = {
      org_tenant_id: principal.tenantId,
      org_user_id: principal.userId,
      platform_tenant_id: platform,
      platform_user_id: id,
      created_at: now,
    }
    await cdb.insertInto('certification_applicants').values(link).execute()
  }
  const user = await users.get(db, link.platform_tenant_id, link.platform_user_id)
  return { standIn: standInPrincipal(link, user?.name ?? principal.name), created }
}

/** Undoes a stand-in made for an application that was then refused, so a refusal leaves no rows. */
export async function forgetStandIn(db: Db, standIn: Principal): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await certificationDb(trx)
      .deleteFrom('certification_applicants')
      .where('platform_user_id', '=', standIn.userId)
      .execute()
    await trx
      .deleteFrom('users')
      .where('tenant_id', '=', standIn.tenantId)
      .where('id', '=', standIn.userId)
      .execute()
    await orgRevisions.bump(trx, standIn.tenantId)
  })
}

function standInPrincipal(link: CertificationApplicantTable, name: string): Principal {
  return {
    tenantId: link.platform_tenant_id,
    tenantKind: 'platform',
    userId: link.platform_user_id,
    login: `applicant.${link.org_tenant_id}.${link.org_user_id}`,
    name,
    departmentId: null,
    roles: [],
    via: 'session',
    csrfToken: null,
    sessionTokenHash: null,
  }
}

/** Who applied for an instance on the platform tenant: the organization and its member, if any. */
export async function applicantOf(db: Db, platformUserId: string) {
  return certificationDb(db)
    .selectFrom('certification_applicants')
    .selectAll()
    .where('platform_user_id', '=', platformUserId)
    .executeTakeFirst()
}

/** Every stand-in of the organization's members: their instances are the organization's applications. */
export async function applicantsOfOrg(db: Db, orgTenantId: string) {
  return certificationDb(db)
    .selectFrom('certification_applicants')
    .selectAll()
    .where('org_tenant_id', '=', orgTenantId)
    .execute()
}

/** The caller's stand-in, if they ever applied. */
export async function standInOf(db: Db, principal: Principal): Promise<Principal | undefined> {
  const link = await certificationDb(db)
    .selectFrom('certification_applicants')
    .selectAll()
    .where('org_tenant_id', '=', principal.tenantId)
    .where('org_user_id', '=', principal.userId)
    .executeTakeFirst()
  return link ? standInFor(db, link.platform_user_id) : undefined
}

/** The stand-in that started an application, to act as it (any admin of the organization may). */
export async function standInFor(db: Db, platformUserId: string): Promise<Principal> {
  const link = await applicantOf(db, platformUserId)
  if (!link) throw fail.notFound('application')
  const user = await users.get(db, link.platform_tenant_id, link.platform_user_id)
  return standInPrincipal(link, user?.name ?? link.org_user_id)
}
