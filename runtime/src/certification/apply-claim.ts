import type { Db } from '../db/database.ts'
import { randomToken } from '../ids.ts'

/** A claim older than this belongs to an apply that died half way (a crash); the next apply takes it over. */
const staleAfterMs = 5 * 60_000

type ClaimTables = {
  certification_apply_claims: { org_tenant_id: string; token: string; claimed_at: string }
}

const claimsDb = (db: Db) => db.withTables<ClaimTables>()

/**
 * Claims the organization's right to start an application (migration 0010): one row per organization,
 * inserted or taken over when stale in one statement, so of two applies at once only one holds it.
 * Answers the claim's token, or undefined when another apply holds it.
 */
export async function claimApply(db: Db, orgTenantId: string, now: Date): Promise<string | undefined> {
  const token = randomToken()
  const claimedAt = now.toISOString()
  const staleBefore = new Date(now.getTime() - staleAfterMs).toISOString()
  await claimsDb(db)
    .insertInto('certification_apply_claims')
    .values({ org_tenant_id: orgTenantId, token, claimed_at: claimedAt })
    .onConflict((oc) =>
      oc
        .column('org_tenant_id')
        .doUpdateSet({ token, claimed_at: claimedAt })
        .where('certification_apply_claims.claimed_at', '<', staleBefore),
    )
    .execute()
  const row = await claimsDb(db)
    .selectFrom('certification_apply_claims')
    .select('token')
    .where('org_tenant_id', '=', orgTenantId)
    .executeTakeFirst()
  return row?.token === token ? token : undefined
}

/** Gives the claim up (only the holder's own: a taken-over claim is no longer theirs to drop). */
export async function releaseApply(db: Db, orgTenantId: string, token: string): Promise<void> {
  await claimsDb(db)
    .deleteFrom('certification_apply_claims')
    .where('org_tenant_id', '=', orgTenantId)
    .where('token', '=', token)
    .execute()
}
