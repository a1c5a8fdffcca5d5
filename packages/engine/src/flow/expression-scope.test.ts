import type { Condition, FlowNode, FormDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { applyEvent } from '../apply.ts'
import type { EngineEvent } from '../model/events.ts'
import type { InstanceState } from '../model/state.ts'
import { orgOf } from '../org/org.ts'
import { definitionOf, directoryOf, testForm } from '../testing/fixtures.ts'
import { expressionScopeFor } from './expression-context.ts'

const name = (id: string) => ({ 'zh-CN': id, en: id })
const approval = (id: string, user: string) =>
  ({ id, kind: 'approval', name: name(id), approvers: [{ type: 'users', users: [user] }] }) as FlowNode

// start → a (lisi) → amount over 1000? big (wangwu) : small (qianqi) → end
const definition = definitionOf({
  nodes: [
    { id: 'start', kind: 'start', name: name('start') } as FlowNode,
    approval('a', 'lisi'),
    {
      id: 'check',
      kind: 'condition',
      name: name('check'),
      branches: [
        { id: 'big', name: name('big'), condition: { field: 'amount', op: 'gt', value: '1000' } },
        { id: 'small', name: name('small'), default: true },
      ],
    } as FlowNode,
    approval('big', 'wangwu'),
    approval('small', 'qianqi'),
    { id: 'end', kind: 'end', name: name('end') } as FlowNode,
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'a' },
    { id: 'e2', source: 'a', target: 'check' },
    { id: 'e3', source: 'check', target: 'big', branch: 'big' },
    { id: 'e4', source: 'check', target: 'small', branch: 'small' },
    { id: 'e5', source: 'big', target: 'end' },
    { id: 'e6', source: 'small', target: 'end' },
  ],
})
const directory = directoryOf()
const at = '2026-03-02T08:00:00.000Z'

function step(state: InstanceState | null, event: Record<string, unknown>): InstanceState {
  const result = applyEvent(definition, directory, state, {
    ...event,
    at,
    expectedVersion: state?.version ?? 0,
  } as unknown as EngineEvent)
  if (!result.ok) throw new Error(result.refusal.message)
  return result.state
}

const decide = (state: InstanceState, type: 'approve' | 'return') => {
  const task = state.tasks.find((t) => t.status === 'open')
  if (!task) throw new Error('no open task')
  return step(state, { type, actor: task.assignee, taskId: task.id })
}
const openAt = (state: InstanceState) => state.tasks.filter((t) => t.status === 'open').map((t) => t.node)

describe('expressions across events', () => {
  it('a resubmit that changes the values recomputes the formulas and takes the other branch', () => {
    let state = step(null, { type: 'start', actor: 'zhangsan', values: { amount: '5000.00' } })
    expect(state.values.doubled).toBe('10000.00')
    state = decide(state, 'approve')
    expect(openAt(state)).toEqual(['big'])
    state = decide(state, 'return')
    expect(state.status).toBe('returned')
    state = step(state, { type: 'resubmit', actor: 'zhangsan', values: { amount: '10.00' } })
    expect(state.values.doubled).toBe('20.00')
    state = decide(state, 'approve')
    expect(openAt(state)).toEqual(['small'])
  })

  it('a value hidden once the formulas are computed is dropped, and what read it is computed again', () => {
    // `extra` shows only while `doubled` (computed from amount) is under 100; `tripled` reads `extra`.
    const form = {
      fields: [
        ...testForm.fields,
        {
          id: 'extraAmount',
          type: 'money',
          label: { 'zh-CN': '附加金额' },
          visibleWhen: { field: 'doubled', op: 'lt', value: '100' },
        },
        {
          id: 'tripled',
          type: 'formula',
          label: { 'zh-CN': '三倍' },
          expression: 'form.extraAmount * 3',
          resultType: 'money',
        },
      ],
    } as FormDefinition
    const withForm = { ...definition, form }
    const start = (amount: string) =>
      applyEvent(withForm, directory, null, {
        type: 'start',
        actor: 'zhangsan',
        values: { amount, extraAmount: '1.00' },
        at,
        expectedVersion: 0,
      })
    const shown = start('10.00')
    const hidden = start('60.00')
    if (!shown.ok || !hidden.ok) throw new Error('refused')
    expect(shown.state.values).toMatchObject({ extraAmount: '1.00', tripled: '3.00' })
    expect(hidden.state.values).not.toHaveProperty('extraAmount')
    expect(hidden.state.values).not.toHaveProperty('tripled')
  })
})

describe('expressionScopeFor', () => {
  it('shares a scope for the same form, org, initiator and day, and makes another for any other', () => {
    const org = orgOf(directory)
    const scope = expressionScopeFor(testForm, org, 'zhangsan', '2026-03-02')
    expect(expressionScopeFor(testForm, org, 'zhangsan', '2026-03-02')).toBe(scope)
    expect(expressionScopeFor(testForm, org, 'lisi', '2026-03-02')).not.toBe(scope)
    expect(expressionScopeFor(testForm, org, 'zhangsan', '2026-03-03')).not.toBe(scope)
    expect(expressionScopeFor(testForm, orgOf(directoryOf()), 'zhangsan', '2026-03-02')).not.toBe(scope)
    expect(expressionScopeFor({ ...testForm }, org, 'zhangsan', '2026-03-02')).not.toBe(scope)
  })

  it('reads the initiator from the org it was made for', () => {
    const org = orgOf(directory)
    const role: Condition = { initiator: 'role', op: 'in', value: ['employee'] }
    const roles = (user: string) => org.user(user)?.roles ?? []
    for (const user of ['zhangsan', 'lisi', 'qianqi'])
      expect(expressionScopeFor(testForm, org, user, '2026-03-02').holds(role, {})).toBe(
        roles(user).includes('employee'),
      )
  })
})
