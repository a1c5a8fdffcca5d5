import { lintApp } from '@signoff/analysis'
import type { AppDefinition } from '@signoff/schemas'
import { templates } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { placeFlowFindings, spotOf } from './flow-findings.ts'

const procurement = templates.find((item) => item.key === 'procurement')?.app as AppDefinition
const { flow } = procurement

describe('spotOf', () => {
  it('names the node of a node pointer, and the branch edge of a branch pointer', () => {
    expect(spotOf(flow, '/flow/nodes/1/approvers/0')).toEqual({ nodeId: 'departmentApproval' })
    expect(spotOf(flow, '/flow/nodes/4/branches/0/condition')).toEqual({
      nodeId: 'amountCheck',
      edgeId: 'e6',
    })
  })

  it('puts an edge on the node it leaves', () => {
    expect(spotOf(flow, '/flow/edges/8/target')).toEqual({ nodeId: 'placeOrder', edgeId: 'e9' })
  })

  it('knows nothing of the form, settings or missing indexes', () => {
    expect(spotOf(flow, '/form/fields/0')).toBeNull()
    expect(spotOf(flow, '/flow/nodes/99')).toBeNull()
    expect(spotOf(flow, '/flow/nodes')).toBeNull()
  })
})

describe('placeFlowFindings', () => {
  it('shows a real lint finding on the node it concerns', () => {
    const broken = { ...procurement, flow: { ...flow, edges: flow.edges.filter((edge) => edge.id !== 'e8') } }
    const findings = lintApp(broken)
    const placed = placeFlowFindings(broken.flow, findings, (id) => id === 'e6')
    expect(placed.byNode.get('cfoApproval')?.map((item) => item.code)).toContain('flow.outgoingEdgeCount')
  })

  it('shows branch findings on the branch card', () => {
    const finding = {
      code: 'x',
      severity: 'error' as const,
      path: '/flow/nodes/4/branches/0',
      message: '',
      messageZh: '',
    }
    const placed = placeFlowFindings(flow, [finding], (id) => id === 'e6')
    expect(placed.byBranch.get('e6')).toEqual([finding])
    expect(placed.byNode.size).toBe(0)
  })
})
