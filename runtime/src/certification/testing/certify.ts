import type { Db } from '../../db/database.ts'
import { certificationDb } from '../tables.ts'

/**
 * Records the organization as certified, as the grant step would after a full application: for tests
 * of what certification unlocks, which need not walk the whole flow first.
 */
export async function certify(
  db: Db,
  tenantId = 'demo',
  level: 'intermediate' | 'individual' = 'intermediate',
): Promise<void> {
  await certificationDb(db)
    .insertInto('tenant_certifications')
    .values({
      tenant_id: tenantId,
      level,
      credit_code: `fixture-${tenantId}`,
      enterprise_name: tenantId,
      certified_at: '2026-01-01T00:00:00.000Z',
      app_id: 'fixture',
      app_version: 1,
      instance_id: 'fixture',
    })
    .execute()
  await db.updateTable('tenants').set({ certification_level: level }).where('id', '=', tenantId).execute()
}
