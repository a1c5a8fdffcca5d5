import type { Effect, EffectType } from '@signoff/engine'
import type { Db } from '../db/database.ts'
import { toJsonColumn } from '../db/json.ts'
import { newId } from '../ids.ts'
import { outbox } from '../repositories/outbox.ts'
import { timers } from '../repositories/timers.ts'

export interface EffectContext {
  tenantId: string
  instanceId: string
  /** The instance version the effects came from: with their position, a key unique in the instance. */
  version: number
  /** The instance's status after the transition that caused the effects. */
  status: string
  now: string
  /** Engine task id → the task's public id. */
  taskIds: ReadonlyMap<string, string>
}

type Apply<T extends EffectType> = (
  db: Db,
  context: EffectContext,
  effect: Extract<Effect, { type: T }>,
  index: number,
) => Promise<void>

/**
 * What an event webhook says about the instance is its state at the transition that queued it, kept with
 * the row: a delivery after later steps (a retry, or another process taking over a lapsed lease) sends the
 * same body under the same key.
 */
export interface InstanceAtEvent {
  status: string
  version: number
  updatedAt: string
}

async function toOutbox(
  db: Db,
  context: EffectContext,
  effect: Effect,
  key: string,
  extra: { instanceAtEvent?: InstanceAtEvent } = {},
): Promise<void> {
  await outbox.insert(db, {
    id: newId('out'),
    tenant_id: context.tenantId,
    instance_id: context.instanceId,
    kind: effect.type,
    payload: toJsonColumn({ ...effect, ...extra }),
    // Effects that carry a key keep it (the engine gives the same key on every replay); the instance
    // prefix makes it unique across instances.
    idempotency_key: `${context.instanceId}:${key}`,
    attempts: 0,
    next_at: context.now,
    lease_until: null,
    delivered_at: null,
    last_error: null,
    created_at: context.now,
  })
}

async function notifyInApp(
  db: Db,
  context: EffectContext,
  to: readonly string[],
  reason: string,
  engineTaskId: string | undefined,
): Promise<void> {
  const users = [...new Set(to)]
  if (users.length === 0) return
  const taskId = engineTaskId === undefined ? null : (context.taskIds.get(engineTaskId) ?? null)
  // One statement for all the recipients.
  await db
    .insertInto('notifications')
    .values(
      users.map((user) => ({
        id: newId('ntf'),
        tenant_id: context.tenantId,
        user_id: user,
        instance_id: context.instanceId,
        task_id: taskId,
        reason,
        created_at: context.now,
        read_at: null,
      })),
    )
    .execute()
}

/**
 * What each effect becomes, in the transaction of the state change: in-app notices are rows people
 * read (so they need no delivery), everything that leaves the server goes through the outbox, and
 * timers are durable rows the scheduler fires.
 */
const appliers: { [T in EffectType]: Apply<T> } = {
  notify: async (db, context, effect, index) => {
    if (effect.channels.includes('inApp'))
      await notifyInApp(db, context, effect.to, effect.reason, effect.taskId)
    if (effect.channels.some((channel) => channel !== 'inApp'))
      await toOutbox(db, context, effect, `v${context.version}:notify:${index}`)
  },
  cc: (db, context, effect) => notifyInApp(db, context, effect.to, 'cc', undefined),
  scheduleTimer: async (db, context, effect) => {
    await timers.insert(db, {
      tenant_id: context.tenantId,
      instance_id: context.instanceId,
      timer_id: effect.timerId,
      due_at: new Date(effect.at).toISOString(),
      lease_until: null,
    })
  },
  cancelTimer: async (db, context, effect) => {
    await timers.remove(db, context.tenantId, context.instanceId, effect.timerId)
  },
  runAutomation: (db, context, effect) => toOutbox(db, context, effect, effect.idempotencyKey),
  webhook: (db, context, effect) =>
    toOutbox(db, context, effect, effect.idempotencyKey, {
      instanceAtEvent: { status: context.status, version: context.version, updatedAt: context.now },
    }),
}

export async function applyEffects(
  db: Db,
  context: EffectContext,
  effects: readonly Effect[],
): Promise<void> {
  for (const [index, effect] of effects.entries()) {
    await (appliers[effect.type] as Apply<EffectType>)(db, context, effect as never, index)
  }
}
