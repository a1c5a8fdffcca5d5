import type { Directory } from '@signoff/schemas'
import type { ApplyResult } from './apply.ts'
import type { EngineDefinition } from './model/definition.ts'
import type { EngineEvent } from './model/events.ts'
import type { InstanceState } from './model/state.ts'
import { later } from './time.ts'

export type Apply = (
  definition: EngineDefinition,
  directory: Directory,
  state: InstanceState | null,
  event: EngineEvent,
) => ApplyResult

const maxEvents = 500

/** The next thing that would happen if everyone asked approves and every automation succeeds. */
function nextEvent(state: InstanceState, at: string): EngineEvent | undefined {
  const base = { at, expectedVersion: state.version }
  const task = state.tasks.find((t) => t.status === 'open' && (t.kind === 'approve' || t.kind === 'handle'))
  if (task) return { ...base, type: 'approve', actor: task.assignee, taskId: task.id }
  const automation = state.automations.find((a) => a.phase === 'waiting')
  if (automation) return { ...base, type: 'automationResult', automationId: automation.id, ok: true }
  const [timer] = [...state.timers].sort((a, b) => a.at.localeCompare(b.at))
  if (timer) return { ...base, at: later(timer.at, at), type: 'timerFired', timerId: timer.id }
  return undefined
}

export interface Prediction {
  state: InstanceState
  /** Node ids entered, in order, across the predicted events. */
  visited: string[]
}

/** Runs a started instance on as if everyone approves, every automation succeeds and every wait ends. */
export function predict(
  apply: Apply,
  definition: EngineDefinition,
  directory: Directory,
  started: InstanceState,
  at: string,
): Prediction {
  let state = started
  let now = at
  const visited: string[] = []
  for (let i = 0; i < maxEvents && state.status === 'running'; i++) {
    const event = nextEvent(state, now)
    if (!event) break
    now = event.at
    const result = apply(definition, directory, state, event)
    if (!result.ok) break
    state = result.state
    visited.push(...result.visited)
  }
  return { state, visited }
}
