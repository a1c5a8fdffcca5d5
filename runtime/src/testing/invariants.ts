import type { InstanceState } from '@signoff/engine'
import { expect } from 'vitest'
import type { Db } from '../db/database.ts'
import { fromJsonColumn } from '../db/json.ts'
import { verifyChain } from '../instances/hash-chain.ts'
import { type InstanceEventRow, instanceEvents } from '../repositories/instance-events.ts'
import type { InstanceRow } from '../repositories/instances.ts'

const eventsOfType = (events: readonly InstanceEventRow[], type: string, key: string): string[] =>
  events.filter((event) => event.type === type).map((event) => JSON.parse(event.event)[key])

/**
 * What must hold for a stored instance after any load, crash or race: the hash chain verifies, one
 * event per version, no task decided twice, no timer fired twice, the task projection equals the
 * state, and a running instance waits for something (an open task, a timer or an automation).
 * Returns the event rows for further checks.
 */
export async function expectInstanceIntact(db: Db, row: InstanceRow): Promise<InstanceEventRow[]> {
  const state = fromJsonColumn<InstanceState>(row.state)
  const events = await instanceEvents.list(db, row.tenant_id, row.id)
  expect(verifyChain(events)).toEqual({ ok: true })
  expect(events.at(-1)?.seq).toBe(row.version)
  expect(state.version).toBe(row.version)
  const approvals = eventsOfType(events, 'approve', 'taskId')
  expect(new Set(approvals).size, `${row.id}: a task approved twice`).toBe(approvals.length)
  const fired = eventsOfType(events, 'timerFired', 'timerId')
  expect(new Set(fired).size, `${row.id}: a timer fired twice`).toBe(fired.length)
  const projected = await db.selectFrom('tasks').selectAll().where('instance_id', '=', row.id).execute()
  expect(projected.map((task) => `${task.engine_task_id}:${task.status}`).sort()).toEqual(
    state.tasks.map((task) => `${task.id}:${task.status}`).sort(),
  )
  if (row.status === 'running') {
    const waiting =
      state.tasks.some((task) => task.status === 'open') ||
      state.timers.length > 0 ||
      state.automations.length > 0
    expect(waiting, `${row.id} runs with nothing to wait for`).toBe(true)
  }
  return events
}
