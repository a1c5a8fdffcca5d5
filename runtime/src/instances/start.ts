import { createHash } from 'node:crypto'
import { applyEvent, type StartEvent } from '@signoff/engine'
import { type LoadedApp, requireUse } from '../apps/load-app.ts'
import { versionDefinition } from '../apps/version-definitions.ts'
import type { Principal } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import { isUniqueViolation } from '../db/dialect.ts'
import { fromJsonColumn, toJsonColumn } from '../db/json.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import { newId } from '../ids.ts'
import { loadDirectory } from '../org/directory.ts'
import { idempotencyKeys } from '../repositories/idempotency-keys.ts'
import { type InstanceRow, instances } from '../repositories/instances.ts'
import { serialCounters } from '../repositories/serial-counters.ts'
import { linkAttachments } from './attachment-links.ts'
import { canonicalJson } from './canonical-json.ts'
import { refusalError } from './refusals.ts'
import { formatSerial, serialPeriod } from './serial-number.ts'
import { instanceTitle } from './title.ts'
import { recordTransition } from './transition.ts'
import { instanceOutcome, instanceView } from './view.ts'

export interface StartInput {
  principal: Principal
  app: LoadedApp
  body: { values: Record<string, unknown>; selectedApprovers?: Record<string, string[]> }
  idempotencyKey: string | undefined
  /** Answer with the summary and tasks only (`Prefer: return=minimal`), not the whole view. */
  minimal?: boolean
}

export interface StartOutcome {
  status: number
  body: unknown
  replayed: boolean
}

const requestHash = (appId: string, body: unknown) =>
  createHash('sha256')
    .update(`${appId}\n${canonicalJson(body)}`)
    .digest('hex')

/**
 * Starts an instance of the app's current version for the caller, in one transaction with its serial
 * number, first tasks, event row and effects. With an Idempotency-Key the response is stored in the
 * same transaction: the same key and body replay it, the same key with another body is a 409.
 */
export async function startInstance(deps: Deps, input: StartInput): Promise<StartOutcome> {
  const { principal, app } = input
  if (app.row.current_version === null || !app.published) throw fail.notFound('published version')
  requireUse(app)
  if (!app.access.start) throw fail.forbidden('you may not start this app')
  const versionNumber = app.row.current_version
  const hash = requestHash(app.row.id, input.body)
  const key = input.idempotencyKey
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const seen = key === undefined ? undefined : await replay(trx, principal, key, hash)
      return seen ?? (await startIn(trx, deps, input, versionNumber, hash))
    })
  } catch (error) {
    // The same key twice at once (two processes, or two PostgreSQL connections): both found no stored
    // answer, and the later one's insert of the key failed on its primary key once the first
    // committed, rolling its instance back. It answers with the winner's response.
    if (key === undefined || !isUniqueViolation(error)) throw error
    const seen = await replay(deps.db, principal, key, hash)
    if (!seen) throw error
    return seen
  }
}

/** The stored answer for this caller's key: a replay, or a 409 when the key came with another body. */
async function replay(
  db: Db,
  principal: Principal,
  key: string,
  hash: string,
): Promise<StartOutcome | undefined> {
  const seen = await idempotencyKeys.get(db, principal.tenantId, principal.userId, key)
  if (!seen) return undefined
  if (seen.request_hash !== hash)
    throw fail.conflict('idempotency_key_reused', 'this Idempotency-Key was used with another request')
  return { status: seen.response_status, body: fromJsonColumn(seen.response_body), replayed: true }
}

async function startIn(
  trx: Db,
  deps: Deps,
  input: StartInput,
  versionNumber: number,
  hash: string,
): Promise<StartOutcome> {
  const { principal, app } = input
  const definition = await versionDefinition(trx, principal.tenantId, app.row.id, versionNumber)
  if (!definition) throw fail.notFound('published version')
  await deps.interleave?.('start.loaded', { subject: app.row.id, db: trx })
  const directory = await loadDirectory(trx, principal.tenantId)
  const now = deps.now()
  const event: StartEvent = {
    type: 'start',
    actor: principal.userId,
    at: now.toISOString(),
    expectedVersion: 0,
    values: input.body.values,
    ...(input.body.selectedApprovers ? { selectedApprovers: input.body.selectedApprovers } : {}),
  }
  const result = applyEvent(definition, directory, null, event)
  if (!result.ok) throw refusalError(result.refusal)
  const id = newId('ins')
  const row: InstanceRow = {
    tenant_id: principal.tenantId,
    id,
    app_id: app.row.id,
    app_version: versionNumber,
    // Provisional (unique, as the column must be) until the number is drawn at the end.
    serial_number: id,
    initiator_id: principal.userId,
    status: result.state.status,
    state: toJsonColumn(result.state),
    version: result.state.version,
    title: instanceTitle(definition, result.state.values, principal.name),
    created_at: event.at,
    updated_at: event.at,
  }
  await instances.insert(trx, row)
  await linkAttachments(
    trx,
    { tenantId: principal.tenantId, actorId: principal.userId, instanceId: id, form: definition.form },
    result.state.values,
  )
  const recorded = await recordTransition(trx, {
    tenantId: principal.tenantId,
    instanceId: id,
    event,
    result,
    now: event.at,
    readVersion: null,
    tasks: [],
  })
  const instance = { row, state: result.state, definition, tasks: recorded.tasks }
  const view = input.minimal
    ? instanceOutcome(instance)
    : await instanceView(trx, principal, instance, directory, now)
  // The counter's row lock (on PostgreSQL) is held from this statement to the commit, and every
  // start of the app in the period waits on it: so it is taken last, with only the number written
  // into the row and the stored answer under it, and starts run side by side until then. Still
  // gapless: a start that rolls back gives its number back with the counter's increment.
  const rule = definition.settings.serialNumber
  const counter = await serialCounters.next(
    trx,
    principal.tenantId,
    app.row.id,
    serialPeriod(rule, now, deps.timeZone),
  )
  row.serial_number = formatSerial(rule, now, deps.timeZone, counter)
  await instances.setSerialNumber(trx, principal.tenantId, id, row.serial_number)
  const body = { ...view, serialNumber: row.serial_number }
  if (input.idempotencyKey !== undefined) {
    await idempotencyKeys.insert(trx, {
      tenant_id: principal.tenantId,
      user_id: principal.userId,
      key: input.idempotencyKey,
      request_hash: hash,
      response_status: 201,
      response_body: toJsonColumn(body),
      created_at: event.at,
    })
  }
  return { status: 201, body, replayed: false }
}
