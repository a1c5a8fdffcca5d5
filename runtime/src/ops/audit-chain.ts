import { createHash } from 'node:crypto'
import { canonicalJson } from '../instances/canonical-json.ts'

/** What the hash of one audit row covers: every column but the hashes. */
export interface AuditChainRow {
  seq: number
  id: string
  tenant_id: string
  at: string
  actor_id: string | null
  action: string
  target_type: string
  target_id: string
  /** JSON text (both engines hand it back as text). */
  detail: string
}

/** A tenant's chain ends: the last row appended, and the last row purged (seq 0 and '' before any). */
export interface AuditChainHead {
  seq: number
  hash: string
  anchor_seq: number
  anchor_hash: string
}

/** sha-256 over the previous row's hash and the canonical form of this row, hex. */
export function auditHash(prevHash: string, row: AuditChainRow): string {
  const content = canonicalJson({
    seq: row.seq,
    id: row.id,
    tenantId: row.tenant_id,
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    detail: JSON.parse(row.detail),
  })
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex')
}

export type AuditCheck = { ok: true; rows: number } | { ok: false; seq: number; reason: string }

type StoredRow = AuditChainRow & { prev_hash: string; hash: string }

/**
 * Checks one tenant's audit rows in seq order against its head: the first row follows the anchor
 * (the last purged row, or the start), each links to the one before and matches its hash, and the
 * last is the head. Edits, removals in the middle or at either end, and reordering all break it.
 * Takes the rows as a stream, so a long log is read a page at a time.
 */
export async function verifyAuditChain(
  rows: AsyncIterable<StoredRow> | Iterable<StoredRow>,
  head: AuditChainHead,
): Promise<AuditCheck> {
  let seq = head.anchor_seq
  let previous = head.anchor_hash
  let count = 0
  for await (const row of rows) {
    if (row.seq !== seq + 1) return { ok: false, seq: row.seq, reason: 'a gap or reordering in the sequence' }
    if (row.prev_hash !== previous) return { ok: false, seq: row.seq, reason: 'not linked to the row before' }
    if (auditHash(previous, row) !== row.hash)
      return { ok: false, seq: row.seq, reason: 'the content does not match its hash' }
    seq = row.seq
    previous = row.hash
    count += 1
  }
  if (seq !== head.seq || previous !== head.hash)
    return { ok: false, seq: seq + 1, reason: `the chain ends at ${seq} but its head is at ${head.seq}` }
  return { ok: true, rows: count }
}
