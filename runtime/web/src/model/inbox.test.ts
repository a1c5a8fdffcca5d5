import { describe, expect, it } from 'vitest'
import type { InstanceSummary, TaskSummary } from '../api/types.ts'
import { batchApprovable, filterInbox, filterOptions, inboxRow } from './inbox.ts'

const instance = (id: string, over: Partial<InstanceSummary> = {}): InstanceSummary => ({
  id,
  appId: 'reimb',
  appVersion: 1,
  serialNumber: `BX-20261123-000${id}`,
  title: `报销 ${id}`,
  status: 'running',
  initiator: 'zhangsan',
  version: 2,
  createdAt: '2026-11-23T01:00:00Z',
  updatedAt: '2026-11-23T01:00:00Z',
  ...over,
})

const task = (id: string, of: InstanceSummary, over: Partial<TaskSummary> = {}) => ({
  id,
  instanceId: of.id,
  node: 'departmentApproval',
  kind: 'approve' as const,
  assignee: 'lisi',
  status: 'open',
  outcome: null,
  createdAt: '2026-11-23T02:00:00Z',
  completedAt: null,
  instance: of,
  ...over,
})

const names = {
  app: (id: string) => ({ reimb: '报销', leave: '请假' })[id] ?? id,
  user: (id: string) => ({ zhangsan: '张三', wangwu: '王五' })[id] ?? id,
}

describe('inbox rows', () => {
  it('reads tasks and instances alike', () => {
    const a = instance('1')
    expect(inboxRow(task('t1', a))).toMatchObject({
      taskId: 't1',
      instanceId: '1',
      appId: 'reimb',
      node: 'departmentApproval',
    })
    expect(inboxRow(a)).toMatchObject({ instanceId: '1', status: 'running' })
    expect(inboxRow(a).taskId).toBeUndefined()
  })

  it('filters by app, status and text in the number, title, app and initiator names', () => {
    const rows = [
      inboxRow(task('t1', instance('1'))),
      inboxRow(task('t2', instance('2', { appId: 'leave', title: '年假', initiator: 'wangwu' }))),
      inboxRow(task('t3', instance('3', { status: 'approved' }))),
    ]
    expect(filterInbox(rows, { app: 'leave' }, names).map((r) => r.taskId)).toEqual(['t2'])
    expect(filterInbox(rows, { status: 'approved' }, names).map((r) => r.taskId)).toEqual(['t3'])
    expect(filterInbox(rows, { text: '王五' }, names).map((r) => r.taskId)).toEqual(['t2'])
    expect(filterInbox(rows, { text: '请假' }, names).map((r) => r.taskId)).toEqual(['t2'])
    expect(filterInbox(rows, { text: 'bx-20261123-0003' }, names).map((r) => r.taskId)).toEqual(['t3'])
    expect(filterInbox(rows, { text: '  ' }, names)).toHaveLength(3)
    expect(
      filterInbox(rows, { app: 'reimb', status: 'running', text: '张三' }, names).map((r) => r.taskId),
    ).toEqual(['t1'])
    expect(filterOptions(rows)).toEqual({ apps: ['reimb', 'leave'], statuses: ['running', 'approved'] })
  })

  it('lets only open approval tasks be approved in a batch', () => {
    const a = instance('1')
    expect(batchApprovable(inboxRow(task('t1', a)))).toBe(true)
    expect(batchApprovable(inboxRow(task('t2', a, { kind: 'cc' })))).toBe(false)
    expect(batchApprovable(inboxRow(task('t3', a, { status: 'done', outcome: 'approved' })))).toBe(false)
    expect(batchApprovable(inboxRow(a))).toBe(false)
  })
})
