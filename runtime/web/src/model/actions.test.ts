import type { FlowNode } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import type { TaskSummary } from '../api/types.ts'
import { editedValues, instanceActions, taskActions } from './actions.ts'

const task = (over: Partial<TaskSummary> = {}): TaskSummary => ({
  id: 't1',
  instanceId: 'i1',
  node: 'n1',
  kind: 'approve',
  assignee: 'lisi',
  status: 'open',
  outcome: null,
  createdAt: '2026-11-23T00:00:00Z',
  completedAt: null,
  ...over,
})

const node = (actions?: Record<string, boolean>) =>
  ({ id: 'n1', kind: 'approval', approvers: [], ...(actions ? { actions } : {}) }) as unknown as FlowNode

describe('task actions', () => {
  it('gives an approver every action by default', () => {
    expect(taskActions(task(), node(), 'lisi')).toEqual([
      'approve',
      'reject',
      'return',
      'transfer',
      'addSigner',
    ])
  })

  it('leaves out what the node turns off', () => {
    expect(taskActions(task(), node({ return: false, addSigner: false }), 'lisi')).toEqual([
      'approve',
      'reject',
      'transfer',
    ])
  })

  it('gives nothing on someone else’s, a closed or a cc task', () => {
    expect(taskActions(task(), node(), 'wangwu')).toEqual([])
    expect(taskActions(task({ status: 'done' }), node(), 'lisi')).toEqual([])
    expect(taskActions(task({ kind: 'cc' }), node(), 'lisi')).toEqual([])
    expect(taskActions(undefined, node(), 'lisi')).toEqual([])
  })

  it('lets a handler complete or transfer only', () => {
    expect(taskActions(task({ kind: 'handle' }), node(), 'lisi')).toEqual(['approve', 'transfer'])
  })
})

describe('instance actions', () => {
  it('lets the initiator withdraw and urge while running, resubmit when returned', () => {
    expect(instanceActions({ status: 'running', initiator: 'zs' }, 'zs', true)).toEqual([
      'withdraw',
      'urge',
      'comment',
    ])
    expect(instanceActions({ status: 'running', initiator: 'zs' }, 'zs', false)).toEqual(['urge', 'comment'])
    expect(instanceActions({ status: 'returned', initiator: 'zs' }, 'zs', true)).toEqual([
      'resubmit',
      'comment',
    ])
    expect(instanceActions({ status: 'approved', initiator: 'zs' }, 'zs', true)).toEqual(['comment'])
  })

  it('gives others only comments', () => {
    expect(instanceActions({ status: 'running', initiator: 'zs' }, 'lisi', true)).toEqual(['comment'])
  })
})

describe('edited values', () => {
  it('sends only the fields the node lets the approver edit', () => {
    const values = { amount: '12', note: 'x', secret: 's' }
    expect(editedValues(values, { amount: 'read', note: 'edit', secret: 'hidden' })).toEqual({ note: 'x' })
    expect(editedValues(values, { amount: 'read' })).toBeUndefined()
    expect(editedValues(values, undefined)).toBeUndefined()
    expect(editedValues({}, { note: 'edit' })).toEqual({})
  })
})
