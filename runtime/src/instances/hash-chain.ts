import { createHash } from 'node:crypto'
import { canonicalJson } from './canonical-json.ts'

/** What the hash of one event row covers: everything but the hashes themselves. */
export interface ChainedEvent {
  seq: number
  type: string
  event: string
  timeline: string
  actor: string
  at: string
}

/**
 * A row as read: the hashes in hex; prev_hash is not stored but is the hash of the row before
 * (chainStart for the first), kept so a reader sees each link.
 */
export interface ChainedRow extends ChainedEvent {
  prev_hash: string
  hash: string
}

/** The prev_hash of an instance's first event. */
export const chainStart = ''

/** The content of a row with its two documents parsed. */
export type ChainedContent = Omit<ChainedEvent, 'event' | 'timeline'> & { event: unknown; timeline: unknown }

/**
 * sha-256 over the previous row's hash and the canonical form of this row's content, hex. The
 * content is the event and timeline entry as the engine produced them, whatever the stored form
 * (event-storage.ts), so re-encoding the storage never changes a hash.
 */
export function contentHash(prevHash: string, row: ChainedContent): string {
  const content = canonicalJson({
    seq: row.seq,
    type: row.type,
    event: row.event,
    timeline: row.timeline,
    actor: row.actor,
    at: row.at,
  })
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex')
}

/** contentHash of a row whose documents are JSON text. */
export function eventHash(prevHash: string, row: ChainedEvent): string {
  return contentHash(prevHash, { ...row, event: JSON.parse(row.event), timeline: JSON.parse(row.timeline) })
}

export type ChainCheck = { ok: true } | { ok: false; seq: number; reason: string }

/**
 * Checks an instance's event rows in order: numbered 1, 2, 3 … without gaps, each linked to the one
 * before and each hash recomputed from its content. Any edit, removal or reordering breaks it.
 */
export function verifyChain(rows: readonly ChainedRow[]): ChainCheck {
  let previous = chainStart
  for (const [index, row] of rows.entries()) {
    if (row.seq !== index + 1)
      return { ok: false, seq: row.seq, reason: 'a gap or reordering in the sequence' }
    if (row.prev_hash !== previous)
      return { ok: false, seq: row.seq, reason: 'not linked to the event before' }
    if (eventHash(previous, row) !== row.hash)
      return { ok: false, seq: row.seq, reason: 'the content does not match its hash' }
    previous = row.hash
  }
  return { ok: true }
}
