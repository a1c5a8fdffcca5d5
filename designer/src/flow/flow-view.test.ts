import type { AppDefinition } from '@signoff/schemas'
import { templates } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { zhCN } from '../i18n/dictionary.ts'
import { insertOnEdge } from './flow-edits.ts'
import { branchNodeId, flowView, type ViewNode } from './flow-view.ts'
import { summaryContext } from './summary-context.ts'

const procurement = templates.find((item) => item.key === 'procurement')?.app as AppDefinition
const ctx = summaryContext(zhCN, 'zh-CN', null, procurement.form.fields)

const box = (node: ViewNode) => ({
  left: node.position.x,
  right: node.position.x + (node.width ?? 0),
  top: node.position.y,
  bottom: node.position.y + (node.height ?? 0),
})
const overlap = (a: ViewNode, b: ViewNode) => {
  const [p, q] = [box(a), box(b)]
  return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom
}

describe('flowView', () => {
  it.each(templates.map((item) => [item.key, item.app] as const))(
    'lays out %s without overlapping cards',
    (_key, app) => {
      const { nodes } = flowView(app.flow, [], summaryContext(zhCN, 'zh-CN', null, app.form.fields))
      for (const [i, a] of nodes.entries())
        for (const b of nodes.slice(i + 1)) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false)
    },
  )

  it('runs top to bottom and puts a condition’s branches left to right in the order they are tried', () => {
    const { nodes } = flowView(procurement.flow, [], ctx)
    const at = (id: string) => nodes.find((node) => node.id === id)?.position ?? { x: 0, y: 0 }
    expect(at('start').y).toBeLessThan(at('departmentApproval').y)
    expect(at('placeOrder').y).toBeLessThan(at('end').y)
    expect(at(branchNodeId('e3')).x).toBeLessThan(at(branchNodeId('e4')).x)
    expect(at(branchNodeId('e6')).x).toBeLessThan(at(branchNodeId('e7')).x)
  })

  it('gives every definition edge one "+" and each branch a card with its condition in words', () => {
    const { nodes, edges } = flowView(procurement.flow, [], ctx)
    const plus = edges.flatMap((edge) => (edge.data?.edgeId ? [edge.data.edgeId] : []))
    expect(plus.sort()).toEqual(procurement.flow.edges.map((edge) => edge.id).sort())
    const branch = nodes.find((node) => node.id === branchNodeId('e6'))
    expect(branch?.type === 'branch' && branch.data.summary).toBe('采购总额 > 5000')
    const approval = nodes.find((node) => node.id === 'departmentApproval')
    expect(approval?.type === 'step' && approval.data.summary).toBe('发起人所在部门负责人')
  })

  it('keeps a dragged node where the owner put it', () => {
    const flow = {
      ...procurement.flow,
      nodes: procurement.flow.nodes.map((node) =>
        node.id === 'cfoApproval' ? { ...node, position: { x: 900, y: 40 } } : node,
      ),
    }
    const { nodes } = flowView(flow, [], ctx)
    expect(nodes.find((node) => node.id === 'cfoApproval')?.position).toEqual({ x: 900, y: 40 })
  })

  it('shows an empty parallel split as two columns between split and join', () => {
    const inserted = insertOnEdge(procurement.flow, 'e9', 'parallel')
    const { nodes } = flowView(inserted?.flow ?? procurement.flow, [], ctx)
    const columns = nodes.filter((node) => node.type === 'branch' && node.data.splitId === inserted?.nodeId)
    expect(columns).toHaveLength(2)
    expect(columns[0]?.position.y).toBe(columns[1]?.position.y)
  })
})

describe('flowView with a simulated path', () => {
  it('marks the nodes and branches the run passes and who it asks', () => {
    const path = new Map([
      ['start', ''],
      ['departmentApproval', '李四'],
      ['technicalCheck', ''],
      ['amountCheck', ''],
      ['placeOrder', '陈三'],
      ['notifyFinance', '赵六'],
      ['end', ''],
    ])
    const { nodes } = flowView(procurement.flow, [], ctx, path)
    const data = (id: string) => nodes.find((node) => node.id === id)?.data
    expect(data('departmentApproval')?.path).toEqual({ on: true, asked: '李四' })
    expect(data('cfoApproval')?.path).toEqual({ on: false, asked: '' })
    expect(data(branchNodeId('e7'))?.path).toEqual({ on: true })
    expect(data(branchNodeId('e6'))?.path).toEqual({ on: false })
    expect(flowView(procurement.flow, [], ctx).nodes.every((node) => node.data.path === undefined)).toBe(true)
  })
})
