import { diffApps } from '@signoff/analysis'
import type { AppDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import leave from '../../../packages/templates/apps/leave.json' with { type: 'json' }
import { diffRows } from './diff-rows.ts'

const before = leave as unknown as AppDefinition

function edited(): AppDefinition {
  const after = structuredClone(before)
  after.form.fields = after.form.fields.filter((field) => field.id !== 'proof')
  after.form.fields.push({
    id: 'handover',
    type: 'textarea',
    label: { 'zh-CN': '工作交接', en: 'Handover' },
  } as never)
  const reason = after.form.fields.find((field) => field.id === 'reason')
  if (reason) reason.label = { 'zh-CN': '请假事由', en: 'Why' }
  const cc = after.flow.nodes.find((node) => node.id === 'notifyHr')
  if (cc) cc.position = { x: 999, y: 999 }
  after.settings.urgeIntervalMinutes = 240
  return after
}

describe('diffRows', () => {
  it('lists added, removed and changed fields, moved nodes and settings, in reading order', () => {
    const rows = diffRows(diffApps(before, edited()))
    const brief = rows.map(
      (row) => `${row.subject}:${row.change}:${typeof row.title === 'string' ? row.title : row.title.en}`,
    )
    expect(brief).toEqual([
      'field:added:Handover',
      'field:removed:Supporting documents',
      'field:changed:Why',
      'node:moved:Copy HR and the delegate',
      'setting:changed:urgeIntervalMinutes',
    ])
    const label = rows.find((row) => row.change === 'changed' && row.subject === 'field')
    expect(label?.properties).toEqual([
      {
        property: 'label',
        before: expect.objectContaining({ en: 'Reason' }),
        after: { 'zh-CN': '请假事由', en: 'Why' },
      },
    ])
    expect(label?.path).toMatch(/^\/form\/fields\/\d+$/)
  })

  it('is empty for the same content', () => {
    expect(diffRows(diffApps(before, structuredClone(before)))).toEqual([])
  })

  it('names a rewired edge by its ends', () => {
    const after = structuredClone(before)
    const edge = after.flow.edges.find((item) => item.target === 'notifyHr')
    if (!edge) throw new Error('no edge into notifyHr')
    edge.target = 'end'
    const rows = diffRows(diffApps(before, after)).filter((row) => row.subject === 'edge')
    expect(rows.map((row) => row.title)).toEqual([
      `${edge.source} → end${edge.branch ? ` (${edge.branch})` : ''}`,
    ])
  })
})
