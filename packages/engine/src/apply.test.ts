import type { FlowNode } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { applyEvent } from './apply.ts'
import type { InstanceState } from './model/state.ts'
import { definitionOf, directoryOf } from './testing/fixtures.ts'

const name = (id: string) => ({ 'zh-CN': id, en: id })
const definition = definitionOf({
  nodes: [
    { id: 'start', kind: 'start', name: name('start') },
    {
      id: 'x',
      kind: 'automation',
      name: name('x'),
      action: { type: 'builtin', name: 'demo.check' },
      outputs: { ref: 'orderNo', extra: 'note' },
    },
    { id: 'a', kind: 'approval', name: name('a'), approvers: [{ type: 'users', users: ['lisi'] }] },
    { id: 'end', kind: 'end', name: name('end') },
  ] as FlowNode[],
})
const directory = directoryOf()
const at = '2026-03-02T08:00:00.000Z'

function started(): InstanceState {
  const result = applyEvent(definition, directory, null, {
    type: 'start',
    actor: 'zhangsan',
    values: { amount: '10.00', note: 'mine' },
    at,
    expectedVersion: 0,
  })
  if (!result.ok) throw new Error(result.refusal.message)
  return result.state
}

describe('applyEvent leaves the state it was given as it was', () => {
  it('when an automation writes its output into the values', () => {
    const state = started()
    const before = structuredClone(state)
    const [automation] = state.automations
    const output = { ref: { id: 'R-9' }, extra: 'theirs' }
    const result = applyEvent(definition, directory, state, {
      type: 'automationResult',
      automationId: automation?.id ?? '',
      ok: true,
      output,
      at,
      expectedVersion: state.version,
    })
    if (!result.ok) throw new Error(result.refusal.message)
    expect(state).toEqual(before)
    expect(result.state.values).toMatchObject({ amount: '10.00', orderNo: { id: 'R-9' }, note: 'theirs' })
    // The output is copied: changing the event afterwards does not reach the new state.
    output.ref.id = 'changed'
    expect(result.state.values.orderNo).toEqual({ id: 'R-9' })
  })

  it('when a task is approved, and its result is a state of its own', () => {
    const state = started()
    const done = applyEvent(definition, directory, state, {
      type: 'automationResult',
      automationId: state.automations[0]?.id ?? '',
      ok: true,
      at,
      expectedVersion: state.version,
    })
    if (!done.ok) throw new Error(done.refusal.message)
    const before = structuredClone(done.state)
    const task = done.state.tasks.find((t) => t.status === 'open')
    const approved = applyEvent(definition, directory, done.state, {
      type: 'approve',
      actor: 'lisi',
      taskId: task?.id ?? '',
      at,
      expectedVersion: done.state.version,
    })
    if (!approved.ok) throw new Error(approved.refusal.message)
    expect(done.state).toEqual(before)
    for (const t of approved.state.tasks) t.status = 'cancelled'
    approved.state.approvedBy.push('someone')
    expect(done.state).toEqual(before)
  })
})
