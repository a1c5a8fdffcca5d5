import { describe, expect, it } from 'vitest'
import type { AppSummary } from '../api/types.ts'
import { startableApps } from './apps.ts'

const app = (id: string, over: Partial<AppSummary> = {}): AppSummary => ({
  id,
  key: id,
  name: { 'zh-CN': '报销', en: 'Reimbursement' },
  currentVersion: 1,
  canEdit: false,
  canStart: true,
  updatedAt: '2026-11-23T00:00:00Z',
  ...over,
})

describe('startable apps', () => {
  const apps = [
    app('reimbursement'),
    app('leave', { name: { 'zh-CN': '请假', en: 'Leave' } }),
    app('draft-only', { currentVersion: null, canEdit: true }),
    app('not-mine', { canStart: false, canEdit: true }),
  ]

  it('lists published apps the caller may start', () => {
    expect(startableApps(apps, '', 'zh-CN').map((a) => a.id)).toEqual(['reimbursement', 'leave'])
  })

  it('finds them by name in either language or by key', () => {
    expect(startableApps(apps, '请假', 'en').map((a) => a.id)).toEqual(['leave'])
    expect(startableApps(apps, 'reimb', 'zh-CN').map((a) => a.id)).toEqual(['reimbursement'])
    expect(startableApps(apps, ' LEAVE ', 'zh-CN').map((a) => a.id)).toEqual(['leave'])
    expect(startableApps(apps, 'draft', 'zh-CN')).toEqual([])
  })
})
