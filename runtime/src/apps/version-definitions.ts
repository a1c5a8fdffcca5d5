import type { AppDefinition } from '@signoff/schemas'
import type { Db } from '../db/database.ts'
import { fromJsonColumn } from '../db/json.ts'

const capacity = 500
/** Parsed definitions by content hash: a version never changes, so neither does its definition. */
const byHash = new Map<string, AppDefinition>()

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/**
 * The definition of a published version, parsed once per process and shared (frozen) by every
 * request after that. Sharing one object matters beyond the parse: the engine and the submission
 * validator cache their compiled schemas per definition object, which a fresh parse defeats.
 * Keyed by the content hash, so it is right across databases and processes without invalidation.
 */
export async function versionDefinition(
  db: Db,
  tenantId: string,
  appId: string,
  number: number,
): Promise<AppDefinition | undefined> {
  const head = await db
    .selectFrom('app_versions')
    .select('content_hash')
    .where('tenant_id', '=', tenantId)
    .where('app_id', '=', appId)
    .where('number', '=', number)
    .executeTakeFirst()
  if (!head) return undefined
  return definitionOfHash(db, tenantId, appId, number, head.content_hash)
}

/** The same when the caller read the version's content hash already (with the instance pinned to it). */
export async function definitionOfHash(
  db: Db,
  tenantId: string,
  appId: string,
  number: number,
  contentHash: string,
): Promise<AppDefinition | undefined> {
  const cached = byHash.get(contentHash)
  if (cached) {
    byHash.delete(contentHash)
    byHash.set(contentHash, cached)
    return cached
  }
  const row = await db
    .selectFrom('app_versions')
    .select('content')
    .where('tenant_id', '=', tenantId)
    .where('app_id', '=', appId)
    .where('number', '=', number)
    .executeTakeFirst()
  if (!row) return undefined
  const definition = deepFreeze(fromJsonColumn<AppDefinition>(row.content))
  byHash.set(contentHash, definition)
  if (byHash.size > capacity) byHash.delete(byHash.keys().next().value as string)
  return definition
}
