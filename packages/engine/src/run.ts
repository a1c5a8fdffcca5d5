import type { Directory, FlowNode } from '@signoff/schemas'
import { type Graph, graphOf } from './flow/graph.ts'
import type { EngineDefinition } from './model/definition.ts'
import type { Effect } from './model/effects.ts'
import type { EngineEvent } from './model/events.ts'
import type { InstanceState } from './model/state.ts'
import { type Org, orgOf } from './org/org.ts'
import { both, type Text, text } from './text.ts'

/** One event being applied: a private working copy of the state plus what the event produces. */
export interface Run {
  definition: EngineDefinition
  graph: Graph
  org: Org
  state: InstanceState
  event: EngineEvent
  at: string
  actor: string
  effects: Effect[]
  notes: Text[]
  /** Node ids entered while applying the event, in order (the simulation's path). */
  visited: string[]
}

export const systemActor = 'system'

export function createRun(
  definition: EngineDefinition,
  directory: Directory,
  state: InstanceState,
  event: EngineEvent,
): Run {
  return {
    definition,
    graph: graphOf(definition),
    org: orgOf(directory),
    state,
    event,
    at: event.at,
    actor: 'actor' in event ? event.actor : systemActor,
    effects: [],
    notes: [],
    visited: [],
  }
}

/** A fresh id such as t7; derived from a counter in the state so a replay makes the same ids. */
export function nextId(run: Run, prefix: string): string {
  run.state.seq += 1
  return `${prefix}${run.state.seq}`
}

export function note(run: Run, zh: string, en: string): void {
  run.notes.push(text(zh, en))
}

export function nameOf(run: Run, userId: string): string {
  return run.org.user(userId)?.name ?? userId
}

export function namesOf(run: Run, userIds: readonly string[]): string {
  return userIds.map((u) => nameOf(run, u)).join(', ')
}

export function nodeLabel(node: FlowNode): Text {
  return both(node.name)
}

/** The date part of the event's time, for delegations and `today`. */
export function eventDate(run: Run): string {
  return run.at.slice(0, 10)
}
