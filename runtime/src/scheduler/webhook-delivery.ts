import type { Effect } from '@signoff/engine'
import { fromJsonColumn } from '../db/json.ts'
import type { Deps } from '../deps.ts'
import { newId } from '../ids.ts'
import { transact } from '../instances/act.ts'
import type { InstanceAtEvent } from '../instances/effects.ts'
import { type LoadedInstance, loadInstance } from '../instances/load.ts'
import { instanceSummary } from '../instances/view.ts'
import { type OutboxRow, outbox } from '../repositories/outbox.ts'
import { webhooks } from '../repositories/webhooks.ts'
import { type SendResult, sendWebhook } from '../webhooks/send.ts'

type WebhookEffect = Extract<Effect, { type: 'webhook' }>
type EventWebhook = Extract<WebhookEffect, { event: string }> & { instanceAtEvent?: InstanceAtEvent }
type AutomationWebhook = Extract<WebhookEffect, { automationId: string }>

/** Attempts of one instance-event delivery before the outbox gives up on it. */
export const maxWebhookAttempts = 8

/** 1 min, 2, 4 … capped at 6 h: the wait before the next attempt after `attempts` failed. */
export const webhookBackoffMs = (attempts: number) => Math.min(2 ** (attempts - 1) * 60_000, 6 * 3600_000)

async function log(deps: Deps, row: OutboxRow, webhookId: string | null, url: string, result: SendResult) {
  await webhooks.logDelivery(deps.db, {
    id: newId('dlv'),
    tenant_id: row.tenant_id,
    outbox_id: row.id,
    webhook_id: webhookId,
    url,
    attempt: row.attempts,
    status: result.status,
    error: result.error,
    at: deps.now().toISOString(),
  })
}

/**
 * An instance event to every active subscription of the tenant for that app and event, signed with
 * each subscription's secret. Subscriptions that answered 2xx before are skipped on a retry; the
 * row is retried with backoff while any fails, and given up after maxWebhookAttempts.
 */
async function deliverEvent(deps: Deps, row: OutboxRow, effect: EventWebhook, instance: LoadedInstance) {
  const subscribed = (await webhooks.subscribed(deps.db, row.tenant_id, instance.row.app_id)).filter((hook) =>
    fromJsonColumn<string[]>(hook.events).includes(effect.event),
  )
  const reached = await webhooks.reached(deps.db, row.id)
  const body = JSON.stringify({
    id: row.idempotency_key,
    event: effect.event,
    occurredAt: row.created_at,
    // Rows queued before the state was kept with them describe the instance as it is now.
    instance: { ...instanceSummary(instance.row), ...effect.instanceAtEvent },
    ...(effect.taskId ? { taskId: effect.taskId } : {}),
    ...(effect.node ? { node: effect.node } : {}),
  })
  const errors: string[] = []
  for (const hook of subscribed.filter((item) => !reached.has(item.id))) {
    const result = await sendWebhook(
      {
        url: hook.url,
        method: 'POST',
        body,
        idempotencyKey: row.idempotency_key,
        event: effect.event,
        secret: hook.secret,
      },
      deps.webhookAllowHosts,
      deps.now(),
    )
    await log(deps, row, hook.id, hook.url, result)
    if (result.error) errors.push(`${hook.id}: ${result.error}`)
  }
  const now = deps.now()
  if (errors.length === 0) await outbox.markDelivered(deps.db, row.id, now.toISOString(), null)
  else if (row.attempts >= maxWebhookAttempts)
    await outbox.markDelivered(
      deps.db,
      row.id,
      now.toISOString(),
      `gave up after ${row.attempts} attempts: ${errors.join('; ')}`,
    )
  else
    await outbox.release(
      deps.db,
      row.id,
      new Date(now.getTime() + webhookBackoffMs(row.attempts)).toISOString(),
      errors.join('; '),
    )
}

/** An automation's webhook: one attempt, whose answer goes back to the engine (which owns the retries). */
async function deliverAutomation(
  deps: Deps,
  row: OutboxRow,
  effect: AutomationWebhook,
  instance: LoadedInstance,
) {
  const body = JSON.stringify({
    id: row.idempotency_key,
    automationId: effect.automationId,
    node: effect.node,
    attempt: effect.attempt,
    instance: instanceSummary(instance.row),
    values: instance.state.values,
  })
  const result = await sendWebhook(
    {
      url: effect.action.url,
      method: effect.action.method ?? 'POST',
      body,
      idempotencyKey: row.idempotency_key,
      event: 'automation',
      ...(effect.action.headers ? { headers: effect.action.headers } : {}),
    },
    deps.webhookAllowHosts,
    deps.now(),
  )
  await log(deps, row, null, effect.action.url, result)
  await transact(deps, {
    tenantId: row.tenant_id,
    instanceId: row.instance_id,
    event: {
      type: 'automationResult',
      automationId: effect.automationId,
      ...(result.error === null
        ? { ok: true, ...(result.json ? { output: result.json } : {}) }
        : { ok: false, error: result.error }),
    },
    expectedVersion: undefined,
    alsoWrite: async (trx) => {
      await outbox.markDelivered(trx, row.id, deps.now().toISOString(), result.error)
    },
  })
}

/** Delivers a claimed webhook outbox row; true when something was sent. */
export async function deliverWebhookRow(deps: Deps, row: OutboxRow): Promise<boolean> {
  const effect = fromJsonColumn<WebhookEffect>(row.payload)
  const instance = await loadInstance(deps.db, row.tenant_id, row.instance_id)
  if (!instance) {
    await outbox.markDelivered(deps.db, row.id, deps.now().toISOString(), 'the instance no longer exists')
    return false
  }
  if ('event' in effect) await deliverEvent(deps, row, effect, instance)
  else await deliverAutomation(deps, row, effect, instance)
  return true
}
