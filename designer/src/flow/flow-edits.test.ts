import { lintApp } from '@signoff/analysis'
import type { AppDefinition, FlowDefinition } from '@signoff/schemas'
import { validateFlow } from '@signoff/schemas'
import { templates } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { addBranch, insertOnEdge, removeBlock, removeBranch, removeNode } from './flow-edits.ts'
import { blockOf } from './flow-graph.ts'
import { isSplit } from './flow-roles.ts'
import { insertableKinds } from './insert-templates.ts'

const procurement = templates.find((item) => item.key === 'procurement')?.app as AppDefinition

/** The edit leaves a schema-valid flow and adds no lint error beyond those the app already had. */
function expectSound(app: AppDefinition, flow: FlowDefinition | null | undefined): FlowDefinition {
  expect(flow).toBeTruthy()
  const next = flow as FlowDefinition
  const valid = validateFlow(next)
  expect(valid.ok ? [] : valid.issues).toEqual([])
  const before = lintApp(app)
    .filter((item) => item.severity === 'error')
    .map((item) => item.code)
  const after = lintApp({ ...app, flow: next })
    .filter((item) => item.severity === 'error')
    .map((item) => item.code)
  expect(after.filter((code) => !before.includes(code))).toEqual([])
  return next
}

describe('insertOnEdge', () => {
  it.each(insertableKinds)('inserts %s on every edge of every template and keeps the flow sound', (kind) => {
    for (const { app } of templates) {
      for (const edge of app.flow.edges) {
        const inserted = insertOnEdge(app.flow, edge.id, kind)
        expectSound(app, inserted?.flow)
        expect(inserted?.flow.nodes.find((node) => node.id === inserted.nodeId)?.kind).toBe(kind)
      }
    }
  })

  it('puts the new node between the edge ends, keeping the branch the edge followed', () => {
    const inserted = insertOnEdge(procurement.flow, 'e6', 'approval')
    const flow = expectSound(procurement, inserted?.flow)
    const id = inserted?.nodeId
    expect(flow.edges.find((edge) => edge.id === 'e6')).toMatchObject({
      source: 'amountCheck',
      target: id,
      branch: 'overBudgetLimit',
    })
    expect(flow.edges.filter((edge) => edge.source === id).map((edge) => edge.target)).toEqual([
      'cfoApproval',
    ])
  })

  it('gives a condition a default branch and both branches the old target', () => {
    const inserted = insertOnEdge(procurement.flow, 'e9', 'condition')
    const flow = expectSound(procurement, inserted?.flow)
    const out = flow.edges.filter((edge) => edge.source === inserted?.nodeId)
    expect(out.map((edge) => edge.target)).toEqual(['notifyFinance', 'notifyFinance'])
    const block = blockOf(flow, inserted?.nodeId ?? '')
    expect(block.merge).toBe('notifyFinance')
  })

  it('closes a parallel split with its own join', () => {
    const inserted = insertOnEdge(procurement.flow, 'e1', 'parallel')
    const flow = expectSound(procurement, inserted?.flow)
    const join = blockOf(flow, inserted?.nodeId ?? '').merge
    expect(flow.nodes.find((node) => node.id === join)?.kind).toBe('join')
    expect(flow.edges.filter((edge) => edge.source === join).map((edge) => edge.target)).toEqual([
      'departmentApproval',
    ])
  })

  it('does nothing on an unknown edge', () => {
    expect(insertOnEdge(procurement.flow, 'nope', 'cc')).toBeNull()
  })
})

describe('removeNode', () => {
  it('removes every deletable node of every template and keeps the flow sound', () => {
    for (const { app } of templates) {
      for (const node of app.flow.nodes) {
        const next = removeNode(app.flow, node.id)
        if (node.kind === 'start' || node.kind === 'end') expect(next).toBeNull()
        else expectSound(app, next)
      }
    }
  })

  it('connects the predecessors of a plain node to its successor', () => {
    const flow = expectSound(procurement, removeNode(procurement.flow, 'cfoApproval'))
    expect(flow.edges.find((edge) => edge.id === 'e6')).toMatchObject({ target: 'placeOrder' })
    expect(flow.nodes.some((node) => node.id === 'cfoApproval')).toBe(false)
  })

  it('removes a condition with its branches, joining what came before to where they met', () => {
    const flow = expectSound(procurement, removeNode(procurement.flow, 'technicalCheck'))
    expect(flow.nodes.map((node) => node.id)).not.toContain('technicalEvaluation')
    expect(flow.edges.find((edge) => edge.id === 'e2')).toMatchObject({ target: 'amountCheck' })
  })

  it('removes a parallel split and its join together, from either end', () => {
    const inserted = insertOnEdge(procurement.flow, 'e1', 'parallel')
    const withParallel = inserted?.flow as FlowDefinition
    const join = blockOf(withParallel, inserted?.nodeId ?? '').merge ?? ''
    const app = { ...procurement, flow: withParallel }
    for (const id of [inserted?.nodeId ?? '', join]) {
      const flow = expectSound(app, removeNode(withParallel, id))
      expect(flow).toEqual(procurement.flow)
    }
  })

  it('forgets a rejection that sent the instance back to the removed node', () => {
    const flow: FlowDefinition = {
      ...procurement.flow,
      nodes: procurement.flow.nodes.map((node) =>
        node.id === 'placeOrder' && node.kind === 'handler'
          ? { ...node, actions: { rejectTo: { target: 'node', node: 'cfoApproval' }, transfer: false } }
          : node,
      ),
    }
    const next = removeNode(flow, 'cfoApproval')
    expect(next?.nodes.find((node) => node.id === 'placeOrder')).toMatchObject({
      actions: { transfer: false },
    })
    expect(JSON.stringify(next)).not.toContain('cfoApproval')
  })
})

describe('branches', () => {
  it('adds a branch before the default branch, leading to where the branches meet', () => {
    const flow = expectSound(procurement, addBranch(procurement.flow, 'amountCheck'))
    const node = flow.nodes.find((item) => item.id === 'amountCheck')
    const ids = node && 'branches' in node ? node.branches.map((branch) => branch.id) : []
    expect(ids).toEqual(['overBudgetLimit', 'branch1', 'withinBudgetLimit'])
    expect(flow.edges.at(-1)).toMatchObject({
      source: 'amountCheck',
      target: 'placeOrder',
      branch: 'branch1',
    })
  })

  it('adds a branch to a parallel split and removes it again', () => {
    const inserted = insertOnEdge(procurement.flow, 'e9', 'parallel')
    const split = inserted?.nodeId ?? ''
    const app = { ...procurement, flow: inserted?.flow as FlowDefinition }
    const three = expectSound(app, addBranch(app.flow, split))
    expect(blockOf(three, split).branches).toHaveLength(3)
    const added = three.edges.at(-1)?.id ?? ''
    expect(expectSound(app, removeBranch(three, split, added))).toEqual(app.flow)
  })

  it('removes a branch with the nodes only it reaches', () => {
    const three = addBranch(procurement.flow, 'amountCheck') as FlowDefinition
    const withNode = insertOnEdge(three, three.edges.at(-1)?.id ?? '', 'cc')
    const flow = expectSound(procurement, removeBranch(withNode?.flow as FlowDefinition, 'amountCheck', 'e6'))
    expect(flow.nodes.map((node) => node.id)).not.toContain('cfoApproval')
    expect(flow.nodes.map((node) => node.id)).toContain(withNode?.nodeId)
  })

  it('dissolves a two-branch condition, keeping the other branch in line', () => {
    const flow = expectSound(procurement, removeBranch(procurement.flow, 'technicalCheck', 'e4'))
    expect(flow.nodes.map((node) => node.id)).not.toContain('technicalCheck')
    expect(flow.edges.find((edge) => edge.id === 'e2')).toMatchObject({ target: 'technicalEvaluation' })
    expect(flow.edges.find((edge) => edge.id === 'e5')).toMatchObject({ target: 'amountCheck' })
  })

  it('keeps the default branch while other branches remain', () => {
    const three = addBranch(procurement.flow, 'amountCheck') as FlowDefinition
    expect(removeBranch(three, 'amountCheck', 'e7')).toBeNull()
  })

  it('removes every branch of every split in every template soundly', () => {
    for (const { app } of templates) {
      for (const node of app.flow.nodes.filter(isSplit)) {
        for (const branch of blockOf(app.flow, node.id).branches) {
          const next = removeBranch(app.flow, node.id, branch.edge.id)
          if (next) expectSound(app, next)
        }
        expectSound(app, removeBlock(app.flow, node.id))
      }
    }
  })
})
