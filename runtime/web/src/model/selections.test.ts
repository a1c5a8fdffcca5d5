import type { AppDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import type { User } from '../api/types.ts'
import { candidatesOf, chosenApprovers, selectionsOf } from './selections.ts'

const flow = {
  flow: {
    nodes: [
      { id: 'start', kind: 'start', name: { 'zh-CN': '发起' } },
      { id: 'a', kind: 'approval', name: { 'zh-CN': '主管' }, approvers: [{ type: 'supervisor' }] },
      {
        id: 'b',
        kind: 'approval',
        name: { 'zh-CN': '自选' },
        approvers: [{ type: 'initiatorSelects', multiple: true, candidateRoles: ['cfo'] }],
      },
      { id: 'c', kind: 'handler', name: { 'zh-CN': '经办' }, approvers: [{ type: 'initiatorSelects' }] },
    ],
    edges: [],
  },
} as unknown as Pick<AppDefinition, 'flow'>

const user = (id: string, roles: string[] = [], active = true): User => ({
  id,
  login: id,
  name: id,
  departmentId: null,
  roles,
  active,
})

describe('approvers the initiator picks', () => {
  it('finds the steps with an initiatorSelects rule', () => {
    expect(selectionsOf(flow).map((s) => [s.node, s.multiple])).toEqual([
      ['b', true],
      ['c', false],
    ])
  })

  it('limits the choice to the candidates, else every active member', () => {
    const users = [user('qianqi', ['cfo']), user('lisi'), user('gone', ['cfo'], false)]
    const [b, c] = selectionsOf(flow)
    if (!b || !c) throw new Error('two selections expected')
    expect(candidatesOf(b, users).map((u) => u.id)).toEqual(['qianqi'])
    expect(candidatesOf(c, users).map((u) => u.id)).toEqual(['qianqi', 'lisi'])
  })

  it('sends only the steps chosen', () => {
    expect(chosenApprovers({ b: ['qianqi'], c: [] })).toEqual({ b: ['qianqi'] })
    expect(chosenApprovers({ c: [] })).toBeUndefined()
  })
})
