import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyEvent } from './apply.ts'
import type { EngineDefinition } from './model/definition.ts'
import type { EngineEvent } from './model/events.ts'
import type { InstanceState } from './model/state.ts'
import { directoryOf } from './testing/fixtures.ts'
import { frameProblems } from './testing/frames.ts'
import { randomDefinition, randomParallelDefinition } from './testing/random-flow.ts'
import { later } from './time.ts'

const directory = directoryOf('demo', {
  wangwu: { delegations: [{ to: 'zhoujiu', from: '2026-11-23', until: '2026-11-24' }] },
  wushi: { active: false },
})
const people = ['zhangsan', 'lisi', 'wangwu', 'sunba', 'qianqi', 'zhaoliu', 'zhoujiu', 'chensan', 'admin']

/** Where the node of a task may reject to, as configured (valid or not). */
function rejectTarget(definition: EngineDefinition, node: string): string {
  const found = definition.flow.nodes.find((n) => n.id === node)
  const target = found && 'actions' in found ? found.actions?.rejectTo : undefined
  return target?.target === 'node' ? target.node : 'start'
}

/** Every event that could be sent now, valid or not; a choice number picks one of them. */
function candidates(definition: EngineDefinition, state: InstanceState, at: string): EngineEvent[] {
  const base = { at, expectedVersion: state.version }
  const out: EngineEvent[] = []
  // Acting on a finished task is refused; one such attempt is enough, the choices go to the open ones.
  const closed = state.tasks.find((t) => t.status !== 'open')
  if (closed) out.push({ ...base, type: 'approve', taskId: closed.id, actor: closed.assignee })
  for (const task of state.tasks.filter((t) => t.status === 'open')) {
    const on = { ...base, taskId: task.id, actor: task.assignee }
    out.push(
      { ...on, type: 'approve' },
      { ...on, type: 'approve', values: { note: 'edited' } },
      { ...on, type: 'reject', reason: 'no' },
      { ...on, type: 'reject', reason: 'back', target: rejectTarget(definition, task.node) },
      { ...on, type: 'return', reason: 'fix' },
      { ...on, type: 'transfer', to: 'chensan' },
      { ...on, type: 'addSigner', users: ['qianqi'], position: 'before' },
      { ...on, type: 'addSigner', users: ['zhaoliu'], position: 'after' },
      { ...on, type: 'approve', actor: 'sunba' },
    )
  }
  for (const timer of state.timers)
    out.push({ ...base, at: later(timer.at, at), type: 'timerFired', timerId: timer.id })
  for (const a of state.automations) {
    out.push({ ...base, type: 'automationResult', automationId: a.id, ok: true, output: {} })
    out.push({ ...base, type: 'automationResult', automationId: a.id, ok: false, error: 'down' })
  }
  out.push(
    { ...base, type: 'resubmit', actor: state.initiator, values: { amount: '50.00' } },
    { ...base, type: 'urge', actor: state.initiator },
    { ...base, type: 'comment', actor: state.initiator, text: 'hi' },
    { ...base, type: 'withdraw', actor: state.initiator },
    { ...base, type: 'approve', actor: 'lisi', taskId: 't9999' },
    { ...base, expectedVersion: state.version + 1, type: 'urge', actor: state.initiator },
  )
  return out
}

function isStuck(state: InstanceState): boolean {
  if (state.status !== 'running') return false
  const open = state.tasks.some((t) => t.status === 'open' && (t.kind === 'approve' || t.kind === 'handle'))
  return !open && state.timers.length === 0 && state.automations.length === 0
}

interface Played {
  events: EngineEvent[]
  state: InstanceState | null
}

function play(
  definition: EngineDefinition,
  initiator: string,
  amount: string,
  choices: number[],
  withdrawRarely: boolean,
): Played {
  let time = Date.parse('2026-11-23T09:00:00+08:00')
  const start: EngineEvent = {
    type: 'start',
    actor: initiator,
    at: new Date(time).toISOString(),
    expectedVersion: 0,
    values: { amount, reviewer: ['fenger'] },
  }
  const first = applyEvent(definition, directory, null, start)
  if (!first.ok) return { events: [], state: null }
  let state = first.state
  const events: EngineEvent[] = [start]
  const closed = new Map<string, string>()
  for (const choice of choices) {
    time += 600_000
    const options = candidates(definition, state, new Date(time).toISOString()).filter(
      (e) => !withdrawRarely || e.type !== 'withdraw' || choice % 7 === 0,
    )
    const event = options[choice % options.length]
    if (!event) break
    const before = JSON.stringify(state)
    const result = applyEvent(definition, directory, state, event)
    // A refusal changes nothing, not even the state it was given.
    expect(JSON.stringify(state)).toBe(before)
    if (!result.ok) continue
    expect(result.state.version).toBe(state.version + 1)
    state = result.state
    time = Math.max(time, Date.parse(event.at))
    events.push(event)
    expect(isStuck(state)).toBe(false)
    expect(frameProblems(state)).toEqual([])
    // A finished task never changes again: nothing is completed twice.
    for (const task of state.tasks) {
      const was = closed.get(task.id)
      const now = `${task.status}/${task.outcome ?? ''}`
      if (was !== undefined) expect(now).toBe(was)
      if (task.status === 'done' || task.status === 'cancelled' || task.status === 'skipped')
        closed.set(task.id, now)
    }
  }
  return { events, state }
}

// 3000 runs of each property keep this file under about 15 s on a busy two-core machine (5000 took 22 s).
const numRuns = Number(process.env.ENGINE_PROPERTY_RUNS ?? 3000)

describe('engine properties over random flows and event sequences', () => {
  it('never throws, never gets stuck, never loses parallel frames, never completes a task twice, and replays to the same state', () => {
    fc.assert(
      fc.property(
        randomDefinition,
        fc.constantFrom(...people),
        fc.constantFrom('0.00', '100.00', '5000.01'),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.boolean(),
        (definition, initiator, amount, choices, withdrawRarely) => {
          const { events, state } = play(definition, initiator, amount, choices, withdrawRarely)
          let replayed: InstanceState | null = null
          for (const event of events) {
            const result = applyEvent(definition, directory, replayed, event)
            expect(result.ok).toBe(true)
            if (result.ok) replayed = result.state
          }
          expect(replayed).toEqual(state)
        },
      ),
      { numRuns },
    )
  })

  it('approving every task of a running instance always finishes it', () => {
    fc.assert(
      fc.property(randomDefinition, fc.constantFrom(...people), (definition, initiator) => {
        let time = Date.parse('2026-11-23T09:00:00+08:00')
        const start = applyEvent(definition, directory, null, {
          type: 'start',
          actor: initiator,
          at: new Date(time).toISOString(),
          expectedVersion: 0,
          values: { amount: '100.00', reviewer: ['fenger'] },
        })
        if (!start.ok) return
        let state = start.state
        for (let i = 0; i < 300 && state.status === 'running'; i++) {
          time += 600_000
          const at = new Date(time).toISOString()
          const task = state.tasks.find((t) => t.status === 'open' && t.kind !== 'input')
          const automation = state.automations.find((a) => a.phase === 'waiting')
          const timer = state.timers[0]
          const event: EngineEvent | undefined = task
            ? { type: 'approve', actor: task.assignee, taskId: task.id, at, expectedVersion: state.version }
            : automation
              ? {
                  type: 'automationResult',
                  automationId: automation.id,
                  ok: true,
                  at,
                  expectedVersion: state.version,
                }
              : timer && {
                  type: 'timerFired',
                  timerId: timer.id,
                  at: later(timer.at, at),
                  expectedVersion: state.version,
                }
          if (!event) break
          const result = applyEvent(definition, directory, state, event)
          if (!result.ok) throw new Error(result.refusal.message)
          state = result.state
        }
        expect(['approved', 'failed']).toContain(state.status)
      }),
      { numRuns },
    )
  })

  it('rejections and returns inside parallel regions keep the join bookkeeping, and the flow can still finish', () => {
    fc.assert(
      fc.property(randomParallelDefinition, fc.array(fc.nat(), { maxLength: 30 }), (definition, choices) => {
        let time = Date.parse('2026-11-23T09:00:00+08:00')
        const at = () => {
          time += 600_000
          return new Date(time).toISOString()
        }
        const first = applyEvent(definition, directory, null, {
          type: 'start',
          actor: 'zhangsan',
          at: at(),
          expectedVersion: 0,
          values: { amount: '100.00' },
        })
        if (!first.ok) throw new Error(first.refusal.message)
        let state = first.state
        const act = (event: EngineEvent) => {
          const result = applyEvent(definition, directory, state, event)
          if (!result.ok) throw new Error(`${event.type}: ${result.refusal.message}`)
          state = result.state
          expect(frameProblems(state)).toEqual([])
          expect(isStuck(state)).toBe(false)
        }
        // Mostly approvals, with rejections and returns; a returned instance is resubmitted.
        for (const choice of [...choices, ...Array<number>(200).fill(0)]) {
          if (state.status === 'returned') {
            act({ type: 'resubmit', actor: 'zhangsan', values: {}, at: at(), expectedVersion: state.version })
            continue
          }
          const open = state.tasks.filter((t) => t.status === 'open' && t.kind === 'approve')
          const task = open[choice % Math.max(open.length, 1)]
          if (state.status !== 'running' || !task) break
          const on = { taskId: task.id, actor: task.assignee, at: at(), expectedVersion: state.version }
          const pick = Math.floor(choice / 7) % 6
          if (pick === 4) act({ ...on, type: 'reject', reason: 'redo' })
          else if (pick === 5) act({ ...on, type: 'return', reason: 'fix' })
          else act({ ...on, type: 'approve' })
        }
        expect(state.status === 'running' || state.status === 'returned').toBe(false)
      }),
      { numRuns },
    )
  })
})
