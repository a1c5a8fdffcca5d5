import type { AppDefinition, FlowDefinition } from '@signoff/schemas'
import { templates } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { addBranch, insertOnEdge } from './flow-edits.ts'
import { branchesOnPath } from './path-branches.ts'

const procurement = templates.find((item) => item.key === 'procurement')?.app as AppDefinition
const visited = (...ids: string[]) => new Set(ids)

describe('branchesOnPath', () => {
  it('takes the branch whose first step was visited, not the empty one beside it', () => {
    const cheap = visited('start', 'departmentApproval', 'technicalCheck', 'amountCheck', 'placeOrder', 'end')
    expect([...branchesOnPath(procurement.flow, cheap)].sort()).toEqual(['e4', 'e7'])
    const dear = visited(...cheap, 'cfoApproval')
    expect([...branchesOnPath(procurement.flow, dear)].sort()).toEqual(['e4', 'e6'])
  })

  it('takes an empty branch of a condition only when no branch with steps was taken', () => {
    const blank: FlowDefinition = {
      nodes: [
        { id: 'start', kind: 'start', name: { 'zh-CN': '发起' } },
        { id: 'end', kind: 'end', name: { 'zh-CN': '结束' } },
      ],
      edges: [{ id: 'e1', source: 'start', target: 'end' }],
    }
    const withCondition = insertOnEdge(blank, 'e1', 'condition')
    if (!withCondition) throw new Error('no condition inserted')
    const condition = withCondition.nodeId
    const flow = withCondition.flow
    const [first, fallback] = flow.edges.filter((edge) => edge.source === condition)
    const withStep = first && insertOnEdge(flow, first.id, 'approval')
    if (!withStep || !fallback) throw new Error('no approval inserted')
    const onPath = (...ids: string[]) => [...branchesOnPath(withStep.flow, visited(...ids))]
    expect(onPath('start', condition, withStep.nodeId, 'end')).toEqual([first?.id])
    expect(onPath('start', condition, 'end')).toEqual([fallback.id])
    expect(onPath('start', 'end'), 'a split not visited takes nothing').toEqual([])
  })

  it('takes every branch of a parallel split', () => {
    const parallel = insertOnEdge(procurement.flow, 'e1', 'parallel')
    if (!parallel) throw new Error('no parallel split inserted')
    const flow = addBranch(parallel.flow, parallel.nodeId)
    if (!flow) throw new Error('no branch added')
    const branches = flow.edges.filter((edge) => edge.source === parallel.nodeId).map((edge) => edge.id)
    expect(branches).toHaveLength(3)
    expect([...branchesOnPath(flow, visited('start', parallel.nodeId))].sort()).toEqual([...branches].sort())
  })
})
