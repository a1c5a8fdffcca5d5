import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '../api/types.ts'
import { formatTime, timelineRows } from './timeline.ts'

const entry = (over: Partial<TimelineEntry>): TimelineEntry => ({
  version: 1,
  at: '2026-11-23T02:00:00Z',
  actor: 'zhangsan',
  type: 'start',
  text: { 'zh-CN': '张三 提交', en: 'Zhang San submitted' },
  notes: [],
  ...over,
})

describe('timeline', () => {
  it('reads each entry in the reader’s language, with names and tones', () => {
    const entries = [
      entry({}),
      entry({
        version: 2,
        actor: 'lisi',
        type: 'reject',
        text: { 'zh-CN': '李四 拒绝', en: 'Li Si rejected' },
        notes: [{ 'zh-CN': '原因：票据不清', en: 'Reason: unclear receipt' }],
      }),
      entry({ version: 3, actor: 'system', type: 'timerFired' }),
      entry({ version: 4, type: 'comment', attachments: [{ id: 'att_1', name: '补充.pdf' }] }),
    ]
    const names = (id: string) => ({ zhangsan: '张三', lisi: '李四' })[id] ?? id
    const en = timelineRows(entries, 'en', names, 'System')
    expect(en.map((row) => [row.actor, row.text, row.tone])).toEqual([
      ['张三', 'Zhang San submitted', 'blue'],
      ['李四', 'Li Si rejected', 'red'],
      ['System', 'Zhang San submitted', 'orange'],
      ['张三', 'Zhang San submitted', 'gray'],
    ])
    expect(en[3]?.attachments).toEqual([{ id: 'att_1', name: '补充.pdf' }])
    expect(en[0]?.attachments).toEqual([])
    expect(en[1]?.notes).toEqual(['Reason: unclear receipt'])
    expect(timelineRows(entries, 'zh-CN', names, '系统')[1]?.notes).toEqual(['原因：票据不清'])
    expect(new Set(en.map((row) => row.key)).size).toBe(4)
  })

  it('quotes the actor’s own words unless the step’s text already does', () => {
    const rows = timelineRows(
      [
        entry({
          type: 'approve',
          text: { 'zh-CN': '李四 同意', en: 'Li Si approved' },
          comment: '情况属实，同意',
        }),
        entry({
          version: 2,
          type: 'comment',
          text: { 'zh-CN': '李四 评论：请补充', en: 'Li Si commented: 请补充' },
          comment: '请补充',
        }),
      ],
      'zh-CN',
      (id) => id,
      '系统',
    )
    expect(rows.map((row) => row.comment)).toEqual(['情况属实，同意', undefined])
  })

  it('formats times shorter the closer they are', () => {
    const now = new Date(2026, 10, 23, 18, 0)
    expect(formatTime(new Date(2026, 10, 23, 9, 5).toISOString(), now)).toBe('09:05')
    expect(formatTime(new Date(2026, 0, 2, 9, 5).toISOString(), now)).toBe('01-02 09:05')
    expect(formatTime(new Date(2025, 11, 31, 23, 59).toISOString(), now)).toBe('2025-12-31 23:59')
    expect(formatTime('garbage', now)).toBe('garbage')
  })
})
