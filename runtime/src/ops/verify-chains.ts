import type { Db } from '../db/database.ts'
import { verifyChain } from '../instances/hash-chain.ts'
import { type AuditChainHeadRow, auditChainHeads } from '../repositories/audit-chain-heads.ts'
import { instanceEvents } from '../repositories/instance-events.ts'
import { verifyAuditChain } from './audit-chain.ts'

/** The first link that does not verify: in an instance's event chain or in a tenant's audit chain. */
export type BrokenLink =
  | { chain: 'instance'; tenantId: string; instanceId: string; seq: number; reason: string }
  | { chain: 'audit'; tenantId: string; seq: number; reason: string }

export type ChainsReport =
  | { ok: true; instances: number; events: number; auditRows: number }
  | ({ ok: false } & BrokenLink)

const page = 500

async function* auditRows(db: Db, tenantId: string) {
  let after = -1
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(page)
      .execute()
    yield* rows
    const last = rows.at(-1)
    if (!last || rows.length < page) return
    after = last.seq
  }
}

/**
 * Walks every instance of every tenant (in id order, a page at a time, so memory stays flat) and
 * checks its event chain: linked, numbered without gaps, each hash recomputed from the content, and
 * ending at the version the instance row claims. Then each tenant's audit chain, from its anchor to
 * its head. Stops at the first broken link.
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
      const where = { chain: 'instance', tenantId: row.tenant_id, instanceId: row.id } as const
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
    if (!last || rows.length < page) break
    after = { tenantId: last.tenant_id, id: last.id }
  }
  const audit = await verifyAuditChains(db)
  return audit.ok ? { ok: true, instances, events, auditRows: audit.rows } : audit
}

async function verifyAuditChains(db: Db): Promise<{ ok: true; rows: number } | ({ ok: false } & BrokenLink)> {
  const heads = new Map<string, AuditChainHeadRow>(
    (await auditChainHeads.all(db)).map((head) => [head.tenant_id, head]),
  )
  const tenants = await db.selectFrom('audit_log').select('tenant_id').distinct().execute()
  // A tenant with rows but no head lost its head row: nothing to verify its end against.
  const headless = tenants.find((tenant) => !heads.has(tenant.tenant_id))
  if (headless)
    return {
      ok: false,
      chain: 'audit',
      tenantId: headless.tenant_id,
      seq: 0,
      reason: 'the chain has no head',
    }
  let rows = 0
  for (const head of heads.values()) {
    const check = await verifyAuditChain(auditRows(db, head.tenant_id), head)
    if (!check.ok)
      return { ok: false, chain: 'audit', tenantId: head.tenant_id, seq: check.seq, reason: check.reason }
    rows += check.rows
  }
  return { ok: true, rows }
}
