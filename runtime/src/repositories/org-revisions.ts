import { randomUUID } from 'node:crypto'
import type { Db } from '../db/database.ts'

export const orgRevisions = {
  /** The tenant's current token; undefined while its organization was never written. */
  get: async (db: Db, tenantId: string) =>
    (
      await db
        .selectFrom('org_revisions')
        .select('revision')
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst()
    )?.revision,
  /**
   * Marks the organization changed; call in the transaction of the write, after it. A fresh random
   * token rather than a counter: a rolled-back bump can never reappear as a later committed one, so
   * a directory cached from inside that transaction is never mistaken for the committed state.
   */
  bump: async (db: Db, tenantId: string) => {
    const revision = randomUUID()
    await db
      .insertInto('org_revisions')
      .values({ tenant_id: tenantId, revision })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ revision }))
      .execute()
  },
}
