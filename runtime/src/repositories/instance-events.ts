import type { Db } from '../db/database.ts'
import { fromJsonColumn, toJsonColumn } from '../db/json.ts'
import { compactEvent, hashBytes, hashHex, restoreEvent } from '../instances/event-storage.ts'
import { type ChainedRow, chainStart, contentHash } from '../instances/hash-chain.ts'

/** An event row as readers see it: the documents whole (JSON text), the hashes in hex, each link. */
export type InstanceEventRow = ChainedRow & { tenant_id: string; instance_id: string }

/** What a transition appends: the event and its timeline entry as the engine produced them. */
export interface NewEvent {
  tenant_id: string
  instance_id: string
  seq: number
  type: string
  event: object
  timeline: object
  actor: string
  at: string
}

// Append-only: this repository adds and reads event rows, never changes or removes one. It is the
// one place that knows the stored form (instances/event-storage.ts); everything else reads rows whole.
export const instanceEvents = {
  /** Appends the row linked to `prevHash`; returns its hash (hex). */
  append: async (db: Db, row: NewEvent, prevHash: string): Promise<string> => {
    // Hashed as it reads back from JSON (as a verifier will see it), not as the object in memory.
    const whole = {
      ...row,
      event: fromJsonColumn<object>(toJsonColumn(row.event)),
      timeline: fromJsonColumn<object>(toJsonColumn(row.timeline)),
    }
    const hash = contentHash(prevHash, whole)
    const stored = compactEvent(row, whole.event, whole.timeline)
    await db
      .insertInto('instance_events')
      .values({
        ...row,
        event: toJsonColumn(stored.event),
        timeline: toJsonColumn(stored.timeline),
        hash: hashBytes(hash),
      })
      .execute()
    return hash
  },
  list: async (db: Db, tenantId: string, instanceId: string): Promise<InstanceEventRow[]> => {
    const rows = await db
      .selectFrom('instance_events')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .orderBy('seq')
      .execute()
    let prevHash = chainStart
    return rows.map((row) => {
      const whole = restoreEvent(row, fromJsonColumn(row.event), fromJsonColumn(row.timeline))
      const read = {
        ...row,
        event: toJsonColumn(whole.event),
        timeline: toJsonColumn(whole.timeline),
        prev_hash: prevHash,
        hash: hashHex(row.hash),
      }
      prevHash = read.hash
      return read
    })
  },
  /** The hash of the instance's latest event (hex), which the next one links to. */
  lastHash: async (db: Db, tenantId: string, instanceId: string) => {
    const row = await db
      .selectFrom('instance_events')
      .select('hash')
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
    return row && hashHex(row.hash)
  },
  lastOfType: (db: Db, tenantId: string, instanceId: string, type: string, actor: string) =>
    db
      .selectFrom('instance_events')
      .select('at')
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .where('type', '=', type)
      .where('actor', '=', actor)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst(),
}
