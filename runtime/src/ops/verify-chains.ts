import type { Db } from '../db/database.ts'
import { verifyChain } from '../instances/hash-chain.ts'
import { instanceEvents } from '../repositories/instance-events.ts'

export interface BrokenLink {
  tenantId: string
  instanceId: string
  /** The first event that does not verify (or, past the last one, the version the instance claims). */
  seq: number
  reason: string
}

export type ChainsReport = { ok: true; instances: number; events: number } | ({ ok: false } & BrokenLink)

const page = 500

/**
 * Walks every instance of every tenant (in id order, a page at a time, so memory stays flat) and
 * checks its event chain: linked, numbered without gaps, each hash recomputed from the content, and
 * ending at the version the instance row claims. Stops at the first broken link.
 */
export async function verifyAllChains(db: Db): Promise<ChainsReport> {
  let after = { tenantId: '', id: '' }
  let instances = 0
  let events = 0
  for (;;) {
    const rows = await db
      .selectFrom('instances')
      .select(['tenant_id', 'id', 'version'])
      .where((eb) =>
        eb.or([
          eb('tenant_id', '>', after.tenantId),
          eb.and([eb('tenant_id', '=', after.tenantId), eb('id', '>', after.id)]),
        ]),
      )
      .orderBy('tenant_id')
      .orderBy('id')
      .limit(page)
      .execute()
    for (const row of rows) {
      const chain = await instanceEvents.list(db, row.tenant_id, row.id)
      const where = { tenantId: row.tenant_id, instanceId: row.id }
      const check = verifyChain(chain)
      if (!check.ok) return { ok: false, ...where, seq: check.seq, reason: check.reason }
      const last = chain.at(-1)?.seq ?? 0
      if (last !== row.version)
        return {
          ok: false,
          ...where,
          seq: last + 1,
          reason: `the instance is at version ${row.version} but its chain ends at ${last}`,
        }
      instances += 1
      events += chain.length
    }
    const last = rows.at(-1)
    if (!last || rows.length < page) return { ok: true, instances, events }
    after = { tenantId: last.tenant_id, id: last.id }
  }
}
