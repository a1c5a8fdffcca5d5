import { applyEvent, type EngineEvent, type InstanceState } from '@signoff/engine'
import { versionDefinition } from '../apps/version-definitions.ts'
import type { Db } from '../db/database.ts'
import { fromJsonColumn } from '../db/json.ts'
import { loadDirectory } from '../org/directory.ts'
import { instanceEvents } from '../repositories/instance-events.ts'
import type { InstanceRow } from '../repositories/instances.ts'

export type Replayed = { ok: true; state: InstanceState } | { ok: false; seq: number; reason: string }

/**
 * An instance's state rebuilt from nothing but its event log: every stored event applied in order
 * through the engine on the pinned version. The events do not record the organization they were
 * decided under, so this uses today's directory: exact while the people and roles the instance
 * touched are unchanged (as in a crash test), not a history of org changes.
 */
export async function replayInstance(db: Db, row: InstanceRow): Promise<Replayed> {
  const definition = await versionDefinition(db, row.tenant_id, row.app_id, row.app_version)
  if (!definition) return { ok: false, seq: 0, reason: `version ${row.app_version} is missing` }
  const directory = await loadDirectory(db, row.tenant_id)
  let state: InstanceState | null = null
  for (const event of await instanceEvents.list(db, row.tenant_id, row.id)) {
    const result = applyEvent(definition, directory, state, fromJsonColumn<EngineEvent>(event.event))
    if (!result.ok) return { ok: false, seq: event.seq, reason: result.refusal.message }
    state = result.state
  }
  if (state === null) return { ok: false, seq: 1, reason: 'the instance has no events' }
  return { ok: true, state }
}
