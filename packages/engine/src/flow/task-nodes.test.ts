import type { FlowNode } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { taskNodeOf } from './task-nodes.ts'

const approval = {
  id: 'a',
  kind: 'approval',
  name: { 'zh-CN': 'a' },
  approvers: [{ type: 'users', users: ['lisi'] }],
  mode: 'any',
} as FlowNode

describe('taskNodeOf', () => {
  it("reads a node's settings with the defaults filled in, and nothing for a node nobody decides at", () => {
    expect(taskNodeOf(approval)).toMatchObject({ taskKind: 'approve', mode: 'any', timeouts: [] })
    expect(taskNodeOf({ id: 'e', kind: 'end', name: { 'zh-CN': 'e' } } as FlowNode)).toBeUndefined()
  })

  it('reads a changed node (a new object) afresh', () => {
    expect(taskNodeOf(approval)?.mode).toBe('any')
    expect(taskNodeOf({ ...approval, mode: 'sequential' } as FlowNode)?.mode).toBe('sequential')
    expect(taskNodeOf(approval)?.mode).toBe('any')
  })
})
