import { createHash } from 'node:crypto'
import { applyEvent, type StartEvent } from '@signoff/engine'
import type { AppDefinition } from '@signoff/schemas'
import type { LoadedApp } from '../apps/load-app.ts'
import type { Principal } from '../auth/principal.ts'
import { fromJsonColumn, toJsonColumn } from '../db/json.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import { newId } from '../ids.ts'
import { loadDirectory } from '../org/directory.ts'
import { appVersions } from '../repositories/app-versions.ts'
import { idempotencyKeys } from '../repositories/idempotency-keys.ts'
import { instances } from '../repositories/instances.ts'
import { serialCounters } from '../repositories/serial-counters.ts'
import { linkAttachments } from './attachment-links.ts'
import { canonicalJson } from './canonical-json.ts'
import { loadInstance } from './load.ts'
import { refusalError } from './refusals.ts'
import { formatSerial, serialPeriod } from './serial-number.ts'
import { recordTransition } from './transition.ts'
import { instanceView } from './view.ts'

export interface StartInput {
  principal: Principal
  app: LoadedApp
  body: { values: Record<string, unknown>; selectedApprovers?: Record<string, string[]> }
  idempotencyKey: string | undefined
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
  if (!app.access.start) throw fail.forbidden('you may not start this app')
  const versionNumber = app.row.current_version
  const hash = requestHash(app.row.id, input.body)
  return deps.db.transaction().execute(async (trx) => {
    if (input.idempotencyKey !== undefined) {
      const seen = await idempotencyKeys.get(trx, principal.tenantId, principal.userId, input.idempotencyKey)
      if (seen) {
        if (seen.request_hash !== hash)
          throw fail.conflict('idempotency_key_reused', 'this Idempotency-Key was used with another request')
        return { status: seen.response_status, body: fromJsonColumn(seen.response_body), replayed: true }
      }
    }
    const version = await appVersions.get(trx, principal.tenantId, app.row.id, versionNumber)
    if (!version) throw fail.notFound('published version')
    const definition = fromJsonColumn<AppDefinition>(version.content)
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
    const rule = definition.settings.serialNumber
    const counter = await serialCounters.next(
      trx,
      principal.tenantId,
      app.row.id,
      serialPeriod(rule, now, deps.timeZone),
    )
    const id = newId('ins')
    await instances.insert(trx, {
      tenant_id: principal.tenantId,
      id,
      app_id: app.row.id,
      app_version: versionNumber,
      serial_number: formatSerial(rule, now, deps.timeZone, counter),
      initiator_id: principal.userId,
      status: result.state.status,
      state: toJsonColumn(result.state),
      version: result.state.version,
      title: `${principal.name}的${definition.name['zh-CN']}`,
      created_at: event.at,
      updated_at: event.at,
    })
    await linkAttachments(
      trx,
      { tenantId: principal.tenantId, actorId: principal.userId, instanceId: id, form: definition.form },
      result.state.values,
    )
    await recordTransition(trx, {
      tenantId: principal.tenantId,
      instanceId: id,
      event,
      result,
      now: event.at,
      readVersion: null,
    })
    const instance = await loadInstance(trx, principal.tenantId, id)
    if (!instance) throw new Error('the new instance vanished inside its own transaction')
    const body = await instanceView(trx, principal, instance, directory, now)
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
  })
}
