import type { AppDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { app, chain, edge, field, node } from '../lint/test-fixtures.ts'
import { diffApps } from './diff-apps.ts'

const base = (): AppDefinition =>
  app({
    fields: [
      field('money', 'total', { label: { 'zh-CN': '合计' } }),
      field('group', 'g', { children: [field('text', 'note')] }),
      field('table', 'items', { columns: [field('text', 'item')] }),
    ],
    nodes: [
      node('start', 'start'),
      node('approval', 'a1', { position: { x: 0, y: 100 } }),
      node('end', 'end'),
    ],
  })

function edit(change: (draft: AppDefinition) => void): AppDefinition {
  const draft = structuredClone(base())
  change(draft)
  return draft
}

describe('diffApps', () => {
  it('finds nothing between identical apps', () => {
    const diff = diffApps(base(), base())
    expect(diff).toEqual({
      app: [],
      fields: { added: [], removed: [], changed: [] },
      nodes: { added: [], removed: [], changed: [], repositioned: [] },
      edges: { added: [], removed: [], changed: [] },
      settings: [],
      layoutOnly: false,
      summary: { en: [], zh: [] },
    })
  })

  it('ignores key order and explicitly written defaults', () => {
    const after = edit((draft) => {
      draft.flow.nodes[1] = { mode: 'any', ...draft.flow.nodes[1], actions: { return: true } } as never
      draft.form.fields[0] = { required: false, ...draft.form.fields[0] } as never
    })
    expect(diffApps(base(), after).summary.en).toEqual([])
  })

  it('reports a changed field property with before and after', () => {
    const after = edit((draft) => {
      Object.assign(draft.form.fields[0] ?? {}, { required: true })
    })
    const diff = diffApps(base(), after)
    expect(diff.fields.changed).toEqual([
      expect.objectContaining({
        id: 'total',
        changes: [{ property: 'required', before: false, after: true }],
      }),
    ])
    // Named and valued as the property panel shows them, not as the JSON stores them.
    expect(diff.summary.en).toEqual(["Field 'total' (合计) — Required: no → yes"])
    expect(diff.summary.zh).toEqual(['字段“合计”（total） — 必填：否 → 是'])
  })

  it('matches fields inside layouts and tables by id', () => {
    const after = edit((draft) => {
      const [, group, table] = draft.form.fields as unknown as [
        unknown,
        { children: object[] },
        { columns: object[] },
      ]
      group.children.push(field('number', 'count'))
      table.columns = [field('text', 'item', { required: true })]
    })
    const diff = diffApps(base(), after)
    expect(diff.fields.added).toEqual([
      expect.objectContaining({ id: 'count', path: '/form/fields/1/children/1' }),
    ])
    expect(diff.fields.changed).toEqual([
      expect.objectContaining({
        id: 'item',
        changes: [{ property: 'required', before: false, after: true }],
      }),
    ])
  })

  it('notices a field moved into a group', () => {
    const after = edit((draft) => {
      const [total, group] = draft.form.fields as unknown as [object, { children: object[] }]
      group.children.push(total)
      draft.form.fields.shift()
    })
    expect(diffApps(base(), after).fields.changed).toEqual([
      expect.objectContaining({
        id: 'total',
        changes: [{ property: 'parent', before: undefined, after: 'g' }],
      }),
    ])
  })

  it('reports removed fields', () => {
    const after = edit((draft) => {
      draft.form.fields.splice(2, 1)
    })
    const diff = diffApps(base(), after)
    expect(diff.fields.removed.map((item) => item.id)).toEqual(['items', 'item'])
    expect(diff.summary.en).toContain("Field 'items' (items) removed")
  })

  it('reports an added approval node and its edges', () => {
    const after = edit((draft) => {
      draft.flow.nodes.splice(2, 0, node('approval', 'cfo', { name: { 'zh-CN': '财务总监', en: 'CFO' } }))
      draft.flow.edges = chain('start', 'a1', 'cfo', 'end')
    })
    const diff = diffApps(base(), after)
    expect(diff.nodes.added).toEqual([expect.objectContaining({ id: 'cfo', kind: 'approval' })])
    expect(diff.summary.en).toContain("Approval node 'CFO' added")
    expect(diff.summary.zh).toContain('新增审批节点“财务总监”')
    expect(diff.edges.added.map((item) => item.id)).toEqual(['cfo_end'])
    // a1 → end was replaced by a1 → cfo: the same connection, re-targeted.
    expect(diff.edges.changed).toEqual([
      expect.objectContaining({ before: edge('a1_end', 'a1', 'end'), after: edge('a1_cfo', 'a1', 'cfo') }),
    ])
    expect(diff.edges.removed).toEqual([])
  })

  it('reports a re-targeted edge with the same id', () => {
    const after = edit((draft) => {
      draft.flow.edges[1] = edge('a1_end', 'a1', 'start')
    })
    expect(diffApps(base(), after).edges.changed).toEqual([
      expect.objectContaining({ changes: [{ property: 'target', before: 'end', after: 'start' }] }),
    ])
  })

  it('reports removed nodes and edges', () => {
    const after = edit((draft) => {
      draft.flow.nodes.splice(1, 1)
      draft.flow.edges = chain('start', 'end')
    })
    const diff = diffApps(base(), after)
    expect(diff.nodes.removed).toEqual([expect.objectContaining({ id: 'a1' })])
    expect(diff.summary.en).toContain("Approval node 'Approver' removed")
    // start → a1 re-targeted to start → end; a1 → end gone.
    expect(diff.edges.removed.map((item) => item.id)).toEqual(['a1_end'])
  })

  it('reports changed node configuration', () => {
    const after = edit((draft) => {
      Object.assign(draft.flow.nodes[1] ?? {}, { mode: 'all' })
    })
    const diff = diffApps(base(), after)
    expect(diff.nodes.changed).toEqual([
      expect.objectContaining({ id: 'a1', changes: [{ property: 'mode', before: 'any', after: 'all' }] }),
    ])
    expect(diff.summary.en).toEqual(["Approval node 'Approver' — With several people: 'any' → 'all'"])
    expect(diff.summary.zh).toEqual(["审批节点“审批人” — 多人审批方式：'any' → 'all'"])
  })

  it('keeps pure position changes apart as layout only', () => {
    const after = edit((draft) => {
      Object.assign(draft.flow.nodes[1] ?? {}, { position: { x: 40, y: 100 } })
    })
    const diff = diffApps(base(), after)
    expect(diff.nodes.changed).toEqual([])
    expect(diff.nodes.repositioned).toEqual([expect.objectContaining({ id: 'a1' })])
    expect(diff.layoutOnly).toBe(true)
    expect(diff.summary.en).toEqual(['1 node moved on the canvas (layout only)'])
  })

  it('reports changed settings and app metadata', () => {
    const after = edit((draft) => {
      draft.settings.allowWithdraw = false
      draft.name = { 'zh-CN': '新名称' }
      draft.form.titleTemplate = { 'zh-CN': '{initiator}的申请' }
    })
    const diff = diffApps(base(), after)
    expect(diff.settings).toEqual([{ property: 'allowWithdraw', before: undefined, after: false }])
    expect(diff.app.map((change) => change.property)).toEqual(['name', 'titleTemplate'])
    expect(diff.summary.zh).toEqual([
      "应用 — 应用名称：'测试' → '新名称'",
      "应用 — titleTemplate：设为 '{initiator}的申请'",
      '设置 — allowWithdraw：设为 否',
    ])
    expect(diff.summary.en).toContain('Settings — allowWithdraw: set to no')
    expect(diff.layoutOnly).toBe(false)
  })

  it('names a field type’s own properties by its schema, and shows bilingual values as text', () => {
    const after = edit((draft) => {
      const [total] = draft.form.fields as unknown as [Record<string, unknown>]
      Object.assign(total, { showUppercase: true, label: { 'zh-CN': '总计', en: 'Total' } })
    })
    const diff = diffApps(base(), after)
    expect(diff.summary.zh).toEqual([
      "字段“总计”（total） — 标题：'合计' → '总计'",
      '字段“总计”（total） — 显示大写：设为 是',
    ])
    expect(diff.summary.en).toEqual([
      "Field 'total' (总计) — Label: '合计' → 'Total'",
      "Field 'total' (总计) — Show uppercase: set to yes",
    ])
  })
})
