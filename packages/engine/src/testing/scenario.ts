import type { Directory, Issue, WorkCalendar } from '@signoff/schemas'
import { expect } from 'vitest'
import { type ApplyResult, applyEvent } from '../apply.ts'
import type { EngineDefinition } from '../model/definition.ts'
import type { Effect } from '../model/effects.ts'
import type { EngineEvent } from '../model/events.ts'
import type { InstanceState, Task } from '../model/state.ts'
import type { SimulatedStep } from '../path-steps.ts'
import { remainingPath } from '../remaining.ts'
import { simulate } from '../simulate.ts'
import { taskView } from '../task-view.ts'
import { type DefinitionSpec, type DirectoryPatch, definitionOf, directoryOf } from './fixtures.ts'

/**
 * A step names its event without ids: `taskOf` picks the actor's open task, `timer` the first pending
 * timer of a purpose, `automation` the pending automation at a node. `at` and `expectedVersion` default
 * to one hour after the previous step and the current version.
 */
export interface ScenarioStep {
  event: Record<string, unknown> & { type: string }
  taskOf?: string
  timer?: 'timeout' | 'wait' | 'retry'
  automation?: string
  expect?: StepExpectation
}

/** Tasks are written "node:assignee"; lists compare as sets. */
export interface StepExpectation {
  refusal?: string
  /** With a refusal: problems its issue list must contain (invalid_values). */
  issues?: Partial<Issue>[]
  /** With a refusal: its path. */
  refusalPath?: string
  status?: InstanceState['status']
  open?: string[]
  queued?: string[]
  cc?: string[]
  tasks?: Partial<Task>[]
  effects?: Partial<Effect>[]
  noEffects?: Effect['type'][]
  /** Effects none of which may appear (each compared as a partial effect). */
  absentEffects?: Partial<Effect>[]
  values?: Record<string, unknown>
  failure?: string
  timers?: number
  approvedBy?: string[]
  notes?: string[]
  /** Text the timeline entry's English line must contain. */
  timeline?: string
  view?: { taskOf: string; values: Record<string, unknown>; hidden: string[] }
  /** The rest of the path after the step ("node" or "node:assignee+assignee"), as remainingPath gives it. */
  remaining?: string[]
  /** What the timeline entry carries of the actor's own words and files. */
  words?: { comment?: string; attachments?: string[] }
}

export interface Scenario {
  name: string
  definition: DefinitionSpec
  directory?: 'demo' | 'platform'
  users?: DirectoryPatch
  calendar?: WorkCalendar
  steps: ScenarioStep[]
  simulate?: {
    initiator: string
    values: Record<string, unknown>
    status: InstanceState['status']
    path: string[]
  }
}

export interface ScenarioFile {
  scenarios: Scenario[]
}

const label = (t: Task) => `${t.node}:${t.assignee}`
const sorted = (list: string[]) => [...list].sort()

function resolveEvent(state: InstanceState | null, step: ScenarioStep, at: string): EngineEvent {
  const event: Record<string, unknown> = { at, expectedVersion: state?.version ?? 0, ...step.event }
  if (step.taskOf !== undefined) {
    // The actor's open task, else their latest one (to test acting on a closed task).
    const theirs = state?.tasks.filter((t) => t.assignee === step.taskOf) ?? []
    const task = theirs.find((t) => t.status === 'open') ?? theirs.at(-1)
    if (!task) throw new Error(`${step.taskOf} has no task`)
    event.taskId = task.id
    event.actor ??= step.taskOf
  }
  if (step.timer !== undefined) {
    const timer = state?.timers.find((t) => t.purpose.type === step.timer)
    if (!timer) throw new Error(`no pending ${step.timer} timer`)
    event.timerId = timer.id
    event.at = step.event.at ?? timer.at
  }
  if (step.automation !== undefined) {
    const pending = state?.automations.find((a) => a.node === step.automation)
    if (!pending) throw new Error(`no automation pending at ${step.automation}`)
    event.automationId = pending.id
  }
  return event as unknown as EngineEvent
}

const pathLabels = (steps: SimulatedStep[]) =>
  steps.map((s) => (s.assignees.length ? `${s.node}:${s.assignees.map((a) => a.user).join('+')}` : s.node))

function check(
  result: ApplyResult,
  before: InstanceState | null,
  want: StepExpectation,
  definition: EngineDefinition,
  directory: Directory,
  at: string,
) {
  if (want.refusal !== undefined) {
    expect(result.ok ? 'accepted' : result.refusal.code).toBe(want.refusal)
    const refusal = result.ok ? undefined : result.refusal
    if (want.refusalPath !== undefined) expect(refusal?.path).toBe(want.refusalPath)
    for (const issue of want.issues ?? [])
      expect(refusal?.issues).toContainEqual(expect.objectContaining(issue))
    return
  }
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message}`)
  const { state, effects } = result
  expect(state.version).toBe((before?.version ?? 0) + 1)
  if (want.status) expect(state.status).toBe(want.status)
  const tasks = (status: Task['status'], cc = false) =>
    sorted(state.tasks.filter((t) => t.status === status && (t.kind === 'cc') === cc).map(label))
  if (want.open) expect(tasks('open')).toEqual(sorted(want.open))
  if (want.queued) expect(tasks('queued')).toEqual(sorted(want.queued))
  if (want.cc) expect(tasks('done', true)).toEqual(sorted(want.cc))
  for (const task of want.tasks ?? []) expect(state.tasks).toContainEqual(expect.objectContaining(task))
  for (const effect of want.effects ?? []) expect(effects).toContainEqual(expect.objectContaining(effect))
  for (const type of want.noEffects ?? []) expect(effects.map((e) => e.type)).not.toContain(type)
  for (const effect of want.absentEffects ?? [])
    expect(effects).not.toContainEqual(expect.objectContaining(effect))
  if (want.values) expect(state.values).toMatchObject(want.values)
  if (want.failure) expect(state.failure?.reason).toContain(want.failure)
  if (want.timers !== undefined) expect(state.timers).toHaveLength(want.timers)
  if (want.approvedBy) expect(state.approvedBy).toEqual(want.approvedBy)
  const notes = result.timeline.notes.map((n) => n.en).join('\n')
  for (const n of want.notes ?? []) expect(notes).toContain(n)
  if (want.timeline !== undefined) expect(result.timeline.text.en).toContain(want.timeline)
  if (want.view) {
    const task = state.tasks.find((t) => t.status === 'open' && t.assignee === want.view?.taskOf)
    const view = task && taskView(definition, state, task.id)
    expect(view?.values).toMatchObject(want.view.values)
    for (const hidden of want.view.hidden) expect(view?.values).not.toHaveProperty(hidden)
  }
  if (want.remaining)
    expect(pathLabels(remainingPath(definition, directory, state, at))).toEqual(want.remaining)
}

export interface Played {
  definition: EngineDefinition
  directory: Directory
  events: EngineEvent[]
  state: InstanceState | null
}

export function playScenario(scenario: Scenario): Played {
  const definition = definitionOf(scenario.definition)
  const directory = directoryOf(scenario.directory, scenario.users, scenario.calendar)
  let state: InstanceState | null = null
  let at = Date.parse('2026-11-23T09:00:00+08:00')
  const events: EngineEvent[] = []
  for (const step of scenario.steps) {
    at += 3_600_000
    const event = resolveEvent(state, step, new Date(at).toISOString())
    at = Math.max(at, Date.parse(event.at) || at)
    const result = applyEvent(definition, directory, state, event)
    check(result, state, step.expect ?? {}, definition, directory, event.at)
    if (result.ok) {
      events.push(event)
      state = result.state
    }
  }
  if (scenario.simulate) {
    const { initiator, values, status, path } = scenario.simulate
    const simulation = simulate(definition, directory, initiator, values, { at: '2026-11-23T09:00:00+08:00' })
    expect(simulation.status).toBe(status)
    expect(pathLabels(simulation.steps)).toEqual(path)
  }
  return { definition, directory, events, state }
}
