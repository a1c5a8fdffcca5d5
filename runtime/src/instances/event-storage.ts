import type { ChainedEvent } from './hash-chain.ts'

// An event row stores less than the chain hashes: the keys of the event and of its timeline entry
// that the row already holds (its columns, or the event for the timeline) are left out of the stored
// JSON and put back on read, so the hash (hash-chain.ts) is still taken over the whole event as the
// engine produced it. Leaving one out is exact:
// - a key is dropped only when the original has it with exactly the value that is put back;
// - a key the original lacks is put back only when it is required (every event and entry has it):
//   a document missing a required key (none the engine writes) is stored whole under the marker key;
// - an optional key (an event's actor, an entry's task) the original lacks is stored as null, so
//   reading does not invent it; an original null there is stored whole.

type Doc = Record<string, unknown>
type Columns = Pick<ChainedEvent, 'seq' | 'type' | 'actor' | 'at'>
/** What a key reads back as: from the row's columns and, for the timeline, the event. */
type Derive = (row: Columns, event: Doc) => unknown
interface Keys {
  required: Record<string, Derive>
  optional: Record<string, Derive>
}

const eventKeys: Keys = {
  required: {
    type: (row) => row.type,
    at: (row) => row.at,
    expectedVersion: (row) => row.seq - 1,
  },
  // System events (timers, automations) have no actor; the row's is the system's.
  optional: { actor: (row) => row.actor },
}

const timelineKeys: Keys = {
  required: {
    version: (row) => row.seq,
    at: (row) => row.at,
    actor: (row) => row.actor,
    type: (row) => row.type,
  },
  // Not every entry names the event's task, nor does every event name one (then it is kept as is).
  optional: { taskId: (_row, event) => event.taskId },
}

/** Marks a document stored whole. */
const whole = '~'

function compact(doc: Doc, keys: Keys, row: Columns, event: Doc): Doc {
  const optional = Object.entries(keys.optional).map(([key, derive]) => [key, derive(row, event)] as const)
  if (
    whole in doc ||
    Object.keys(keys.required).some((key) => !(key in doc)) ||
    optional.some(([key, value]) => value !== undefined && doc[key] === null)
  )
    return { [whole]: doc }
  const stored: Doc = {}
  for (const [key, value] of Object.entries(doc)) {
    const derive = keys.required[key] ?? keys.optional[key]
    if (derive === undefined || derive(row, event) !== value) stored[key] = value
  }
  for (const [key, value] of optional) if (value !== undefined && !(key in doc)) stored[key] = null
  return stored
}

function restore(stored: Doc, keys: Keys, row: Columns, event: Doc): Doc {
  if (whole in stored) return stored[whole] as Doc
  const doc: Doc = {}
  for (const [key, derive] of Object.entries(keys.required))
    if (!(key in stored)) doc[key] = derive(row, event)
  for (const [key, derive] of Object.entries(keys.optional)) {
    const value = derive(row, event)
    if (value !== undefined && !(key in stored)) doc[key] = value
  }
  for (const [key, value] of Object.entries(stored))
    if (!(value === null && key in keys.optional && keys.optional[key]?.(row, event) !== undefined))
      doc[key] = value
  return doc
}

/** The event and timeline documents as stored in the row. */
export function compactEvent(row: Columns, event: object, timeline: object) {
  return {
    event: compact(event as Doc, eventKeys, row, {}),
    timeline: compact(timeline as Doc, timelineKeys, row, event as Doc),
  }
}

/** The event and timeline documents as the engine produced them, from the stored ones. */
export function restoreEvent(row: Columns, event: object, timeline: object) {
  const restored = restore(event as Doc, eventKeys, row, {})
  return { event: restored, timeline: restore(timeline as Doc, timelineKeys, row, restored) }
}

/** Hashes are stored as their 32 bytes; the chain and the API spell them in hex. */
export const hashBytes = (hex: string): Buffer => Buffer.from(hex, 'hex')
export const hashHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex')
