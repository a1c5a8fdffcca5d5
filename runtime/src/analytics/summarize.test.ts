import { describe, expect, it } from 'vitest'
import { isoWeek, percentile } from './percentiles.ts'
import { type InstanceFact, summarize, type TaskFact } from './summarize.ts'

const at = (day: number, hour = 0) => new Date(Date.UTC(2026, 10, day, hour)).toISOString()

const instances: InstanceFact[] = [
  { id: 'i1', appId: 'leave', status: 'approved', createdAt: at(16, 0), updatedAt: at(16, 2) },
  { id: 'i2', appId: 'leave', status: 'rejected', createdAt: at(17, 0), updatedAt: at(17, 10) },
  { id: 'i3', appId: 'leave', status: 'running', createdAt: at(23, 0), updatedAt: at(23, 0) },
  { id: 'i4', appId: 'buy', status: 'approved', createdAt: at(23, 1), updatedAt: at(24, 1) },
]
const task = (
  appId: string,
  node: string,
  assignee: string,
  created: string,
  completed: string | null,
  kind = 'approve',
): TaskFact => ({
  appId,
  node,
  kind,
  assignee,
  status: completed ? 'done' : 'open',
  createdAt: created,
  completedAt: completed,
})
const tasks: TaskFact[] = [
  task('leave', 'supervisor', 'lisi', at(16, 0), at(16, 2)),
  task('leave', 'supervisor', 'lisi', at(17, 0), at(17, 10)),
  task('leave', 'supervisor', 'lisi', at(23, 0), null),
  task('leave', 'supervisor', 'lisi', at(22, 0), null),
  task('leave', 'hr', 'zhoujiu', at(16, 2), at(16, 2), 'cc'),
  task('buy', 'cfo', 'qianqi', at(23, 1), at(24, 1)),
]

describe('summarize', () => {
  const summary = summarize(instances, tasks, at(24, 0))

  it('gives each app its starts, outcomes and cycle time of finished instances', () => {
    expect(summary.apps).toEqual([
      {
        appId: 'leave',
        started: 3,
        finished: 2,
        approved: 1,
        rejected: 1,
        cycleTime: { count: 2, medianMinutes: 120, p90Minutes: 600 },
      },
      {
        appId: 'buy',
        started: 1,
        finished: 1,
        approved: 1,
        rejected: 0,
        cycleTime: { count: 1, medianMinutes: 1440, p90Minutes: 1440 },
      },
    ])
  })

  it('times each deciding node (cc tasks do not count) and counts what is open there', () => {
    expect(summary.nodes).toEqual([
      { appId: 'leave', node: 'supervisor', open: 2, count: 2, medianMinutes: 120, p90Minutes: 600 },
      { appId: 'buy', node: 'cfo', open: 0, count: 1, medianMinutes: 1440, p90Minutes: 1440 },
    ])
  })

  it('counts starts and finishes per ISO week', () => {
    expect(summary.weeks).toEqual([
      { week: '2026-W47', started: 2, finished: 2 },
      { week: '2026-W48', started: 2, finished: 1 },
    ])
  })

  it('lists open tasks per approver with the oldest one’s age, and ranks bottlenecks by waiting work', () => {
    expect(summary.openByApprover).toEqual([{ userId: 'lisi', open: 2, oldestMinutes: 2880 }])
    expect(summary.bottlenecks).toEqual([
      { appId: 'leave', node: 'supervisor', open: 2, medianMinutes: 120, waitingMinutes: 240 },
    ])
  })

  it('times short waits to the minute', () => {
    const minute = (n: number, seconds = 0) => new Date(Date.UTC(2026, 10, 16, 9, n, seconds)).toISOString()
    const quick = [
      task('leave', 'supervisor', 'lisi', minute(0), minute(3)),
      task('leave', 'supervisor', 'lisi', minute(0), minute(4, 40)),
      task('leave', 'supervisor', 'lisi', minute(0), minute(0, 20)),
      task('leave', 'supervisor', 'wangwu', minute(0), null),
    ]
    const short = summarize([], quick, minute(2))
    expect(short.nodes).toEqual([
      { appId: 'leave', node: 'supervisor', open: 1, count: 3, medianMinutes: 3, p90Minutes: 5 },
    ])
    expect(short.openByApprover).toEqual([{ userId: 'wangwu', open: 1, oldestMinutes: 2 }])
    expect(short.bottlenecks).toEqual([
      { appId: 'leave', node: 'supervisor', open: 1, medianMinutes: 3, waitingMinutes: 3 },
    ])
  })

  it('is empty for no data', () => {
    expect(summarize([], [], at(24))).toEqual({
      apps: [],
      nodes: [],
      weeks: [],
      openByApprover: [],
      bottlenecks: [],
    })
  })
})

describe('percentile and isoWeek', () => {
  it.each([
    [[], 50, undefined],
    [[5], 90, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
  ])('percentile(%j, %i) = %s', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected)
  })

  it.each([
    ['2026-01-01T00:00:00Z', '2026-W01'],
    ['2027-01-01T00:00:00Z', '2026-W53'],
    ['2026-11-23T12:00:00Z', '2026-W48'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
  ])('isoWeek(%s) = %s', (iso, week) => {
    expect(isoWeek(iso)).toBe(week)
  })
})
