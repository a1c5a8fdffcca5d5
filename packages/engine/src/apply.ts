import { ExpressionError } from '@signoff/expression'
import { assigneesOf } from '@signoff/node-types'
import type { Directory } from '@signoff/schemas'
import type { Handler } from './actions/handler.ts'
import { handlers } from './actions/handlers.ts'
import { isSelectRule } from './approvers/initiator-selects.ts'
import { cloneJson } from './model/clone.ts'
import type { EngineDefinition } from './model/definition.ts'
import type { Effect } from './model/effects.ts'
import type { EngineEvent, EventType, TimelineEntry } from './model/events.ts'
import { type Refusal, RefusalError, refuse } from './model/refusal.ts'
import type { InstanceState } from './model/state.ts'
import { predict } from './predict.ts'
import { createRun, type Run } from './run.ts'
import { isTime } from './time.ts'

export type ApplyResult =
  | { ok: true; state: InstanceState; effects: Effect[]; timeline: TimelineEntry; visited: string[] }
  | { ok: false; refusal: Refusal }

function blankState(event: EngineEvent): InstanceState {
  return {
    version: 0,
    seq: 0,
    status: 'running',
    initiator: 'actor' in event ? event.actor : '',
    values: {},
    selectedApprovers: {},
    tokens: [],
    frames: [],
    tasks: [],
    timers: [],
    automations: [],
    approvedBy: [],
    startedAt: event.at,
  }
}

/**
 * States are plain JSON: a deep copy is the private working state an event may change or throw away. The
 * values, the biggest part, are shared instead: the engine never changes them in place, it replaces them
 * (applyEdits, an automation's output), so the input state stays as it was.
 */
function copy(state: InstanceState): InstanceState {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(state) as (keyof InstanceState)[]) {
    const item = state[key]
    if (item !== undefined) out[key] = key === 'values' ? item : cloneJson(item)
  }
  return out as unknown as InstanceState
}

function checkEvent(state: InstanceState | null, event: EngineEvent): void {
  if (typeof event !== 'object' || event === null || !Object.hasOwn(handlers, event.type))
    refuse('invalid_event', 'unknown event type', '/type')
  if (!isTime(event.at)) refuse('invalid_event', 'at must be an ISO date-time', '/at')
  if ('actor' in event && (typeof event.actor !== 'string' || event.actor === ''))
    refuse('invalid_event', 'the actor is missing', '/actor')
  const version = state?.version ?? 0
  if (event.expectedVersion !== version)
    refuse(
      'stale_version',
      `the instance is at version ${version}, not ${event.expectedVersion}`,
      '/expectedVersion',
    )
  if (state === null && event.type !== 'start') refuse('not_started', 'the instance has not started')
  if (state !== null && event.type === 'start') refuse('already_started', 'the instance has already started')
}

/** Applies an event without the start's look ahead at the initiator's choices (simulation and prediction). */
/** What the actor wrote and attached, as they wrote it, for the timeline. */
function wordsOf(event: EngineEvent): Pick<TimelineEntry, 'comment' | 'attachments'> {
  const fields = event as { comment?: unknown; reason?: unknown; text?: unknown; attachments?: unknown }
  const words = [fields.comment, fields.reason, event.type === 'comment' ? fields.text : undefined].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  )
  const files = Array.isArray(fields.attachments)
    ? fields.attachments.filter((id) => typeof id === 'string')
    : []
  return {
    ...(words === undefined ? {} : { comment: words }),
    ...(files.length ? { attachments: files } : {}),
  }
}

export function applyUnchecked(
  definition: EngineDefinition,
  directory: Directory,
  state: InstanceState | null,
  event: EngineEvent,
): ApplyResult {
  return applyOnce(definition, directory, state, event, false)
}

/**
 * Applies one event to an instance: the next state, the effects for the runtime to carry out and a
 * timeline entry, or a refusal with the state untouched. `state` is null before the start event.
 * Pure: the same inputs always give the same result.
 */
export function applyEvent(
  definition: EngineDefinition,
  directory: Directory,
  state: InstanceState | null,
  event: EngineEvent,
): ApplyResult {
  return applyOnce(definition, directory, state, event, true)
}

function applyOnce(
  definition: EngineDefinition,
  directory: Directory,
  state: InstanceState | null,
  event: EngineEvent,
  lookAhead: boolean,
): ApplyResult {
  try {
    checkEvent(state, event)
    const run = createRun(definition, directory, state === null ? blankState(event) : copy(state), event)
    const handle = handlers[event.type] as Handler<EventType>
    const summary = handle(run, event)
    if (lookAhead && event.type === 'start') requireSelections(run, directory)
    run.state.version += 1
    const timeline: TimelineEntry = {
      version: run.state.version,
      at: event.at,
      actor: run.actor,
      type: event.type,
      ...(summary.node === undefined ? {} : { node: summary.node }),
      ...(summary.taskId === undefined ? {} : { taskId: summary.taskId }),
      text: summary.text,
      notes: run.notes,
      ...wordsOf(event),
    }
    return { ok: true, state: run.state, effects: run.effects, timeline, visited: run.visited }
  } catch (error) {
    if (error instanceof RefusalError) return { ok: false, refusal: error.refusal }
    if (error instanceof ExpressionError)
      return { ok: false, refusal: { code: 'invalid_values', message: error.message, path: '/values' } }
    throw error
  }
}

const selectRules = new WeakMap<EngineDefinition, boolean>()

function hasSelectRule(definition: EngineDefinition): boolean {
  let found = selectRules.get(definition)
  if (found === undefined) {
    found = definition.flow.nodes.some((node) => assigneesOf(node)?.some(isSelectRule) ?? false)
    selectRules.set(definition, found)
  }
  return found
}

/**
 * At the start: if the predicted path (everyone approving) fails at a node where the initiator was to
 * choose the approvers and did not, and its empty policy does not step in, the start is refused.
 */
function requireSelections(run: Run, directory: Directory): void {
  // Only a node whose approvers the initiator chooses can refuse here: a flow without one skips the
  // look-ahead, which costs as much as the start itself.
  if (!hasSelectRule(run.definition)) return
  const { state } = predict(applyUnchecked, run.definition, directory, run.state, run.at)
  const node = state.status === 'failed' ? state.failure?.node : undefined
  if (node === undefined || Object.hasOwn(run.state.selectedApprovers, node)) return
  const rules = assigneesOf(run.graph.node(node))
  if (!rules?.some(isSelectRule)) return
  refuse(
    'approvers_required',
    `choose the approvers for node "${node}": the path reaches it and nobody else would be asked`,
    `/selectedApprovers/${node}`,
  )
}
