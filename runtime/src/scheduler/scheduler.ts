import type { Effect } from '@signoff/engine'
import { fromJsonColumn } from '../db/json.ts'
import type { Deps } from '../deps.ts'
import { HttpError } from '../http/errors.ts'
import { transact } from '../instances/act.ts'
import { loadInstance } from '../instances/load.ts'
import { type OutboxRow, outbox } from '../repositories/outbox.ts'
import { type TimerRow, timers } from '../repositories/timers.ts'
import { type AuditRetention, auditRetentionJob } from './audit-retention.ts'
import { type BuiltinRegistry, runBuiltin } from './builtins.ts'
import { deliverWebhookRow } from './webhook-delivery.ts'

export interface SchedulerOptions {
  builtins: BuiltinRegistry
  /** How long a claim holds before another process may take the row over (a crashed worker's rows come back). */
  leaseMs: number
  intervalMs: number
  batch: number
  /** Purge audit rows past retention (the server sets it; tests of other jobs leave it out). */
  auditRetention?: AuditRetention
}

export interface TickReport {
  timersFired: number
  automationsRun: number
  webhooksSent: number
}

export interface Scheduler {
  /** One pass: fire due timers, run due automations. Safe to call from several processes at once. */
  tick: () => Promise<TickReport>
  start: () => void
  /** Stops the loop and waits for a pass under way. */
  stop: () => Promise<void>
}

type RunAutomation = Extract<Effect, { type: 'runAutomation' }>

/** An engine refusal means the event no longer applies (the instance moved on): consume it, do not retry. */
function isRefusal(error: unknown): error is HttpError {
  return error instanceof HttpError
}

export function createScheduler(deps: Deps, options: SchedulerOptions): Scheduler {
  const { db } = deps
  const stamp = (offsetMs = 0) => new Date(deps.now().getTime() + offsetMs).toISOString()
  const purgeAudit = options.auditRetention ? auditRetentionJob(deps, options.auditRetention) : undefined

  async function fireTimer(timer: TimerRow): Promise<boolean> {
    // Only the firing claimed: a process whose lease ran out must not remove the timer scheduled again.
    const consume = (trx: typeof db) => timers.consume(trx, timer)
    try {
      await transact(deps, {
        tenantId: timer.tenant_id,
        instanceId: timer.instance_id,
        event: { type: 'timerFired', timerId: timer.timer_id },
        expectedVersion: undefined,
        alsoWrite: async (trx) => {
          await consume(trx)
        },
      })
      return true
    } catch (error) {
      if (!isRefusal(error)) throw error
      deps.log({
        level: 'warn',
        message: 'timer no longer applies',
        timer: timer.timer_id,
        reason: error.message,
      })
      await consume(db)
      return false
    }
  }

  async function runAutomation(row: OutboxRow): Promise<boolean> {
    const effect = fromJsonColumn<RunAutomation>(row.payload)
    const instance = await loadInstance(db, row.tenant_id, row.instance_id)
    if (!instance) {
      await outbox.markDelivered(db, row.id, stamp(), 'the instance no longer exists')
      return false
    }
    // Outside any transaction: a builtin may take its time or call out.
    const result = await runBuiltin(options.builtins, {
      tenantId: row.tenant_id,
      instanceId: row.instance_id,
      automationId: effect.automationId,
      action: effect.action,
      values: instance.state.values,
      attempt: effect.attempt,
      idempotencyKey: row.idempotency_key,
    })
    try {
      await transact(deps, {
        tenantId: row.tenant_id,
        instanceId: row.instance_id,
        event: {
          type: 'automationResult',
          automationId: effect.automationId,
          ...(result.ok
            ? { ok: true, ...(result.output ? { output: result.output } : {}) }
            : { ok: false, error: result.error, ...(result.final ? { final: true } : {}) }),
        },
        expectedVersion: undefined,
        alsoWrite: async (trx) => {
          await outbox.markDelivered(trx, row.id, stamp(), result.ok ? null : result.error)
        },
      })
      return true
    } catch (error) {
      if (!isRefusal(error)) {
        await outbox.release(
          db,
          row.id,
          stamp(Math.min(2 ** row.attempts, 60) * 1000),
          (error as Error).message,
        )
        throw error
      }
      await outbox.markDelivered(db, row.id, stamp(), `refused: ${error.message}`)
      return false
    }
  }

  async function deliverWebhook(row: OutboxRow): Promise<boolean> {
    try {
      return await deliverWebhookRow(deps, row)
    } catch (error) {
      if (!isRefusal(error)) throw error
      await outbox.markDelivered(db, row.id, stamp(), `refused: ${error.message}`)
      return false
    }
  }

  async function tick(): Promise<TickReport> {
    let timersFired = 0
    for (const timer of await timers.claimDue(db, stamp(), stamp(options.leaseMs), options.batch)) {
      if (await fireTimer(timer)) timersFired += 1
    }
    let automationsRun = 0
    let webhooksSent = 0
    const due = await outbox.claimDue(
      db,
      ['runAutomation', 'webhook'],
      stamp(),
      stamp(options.leaseMs),
      options.batch,
    )
    for (const row of due) {
      if (row.kind === 'webhook') {
        if (await deliverWebhook(row)) webhooksSent += 1
      } else if (await runAutomation(row)) automationsRun += 1
    }
    await purgeAudit?.()
    return { timersFired, automationsRun, webhooksSent }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<unknown> = Promise.resolve()
  let stopped = true

  const loop = () => {
    if (stopped) return
    running = tick()
      .catch((error: unknown) =>
        deps.log({ level: 'error', message: 'scheduler pass failed', error: String(error) }),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, options.intervalMs)
      })
  }

  return {
    tick,
    start: () => {
      if (!stopped) return
      stopped = false
      loop()
    },
    stop: async () => {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}
