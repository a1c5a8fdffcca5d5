import type { Db } from '../db/database.ts'
import { instances } from '../repositories/instances.ts'
import { applicantOf } from './applicants.ts'

/** The organization an instance on the platform tenant applies for; undefined when no organization started it. */
export async function applicantOrgOf(db: Db, platformTenantId: string, instanceId: string) {
  const row = await instances.get(db, platformTenantId, instanceId)
  if (!row) return undefined
  const link = await applicantOf(db, row.initiator_id)
  return link ? { orgTenantId: link.org_tenant_id, orgUserId: link.org_user_id, instance: row } : undefined
}
