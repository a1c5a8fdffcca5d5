import { describe, expect, it } from 'vitest'
import { hasErrors, lintApp } from './lint-app.ts'
import { app, chain, directory, node } from './test-fixtures.ts'

describe('lintApp', () => {
  it('finds nothing wrong with a small valid app', () => {
    expect(lintApp(app(), { directory })).toEqual([])
  })

  it('reports schema problems as errors and stops there', () => {
    const broken = { ...app(), flow: { nodes: [node('start', 'start')], edges: [] } }
    const findings = lintApp(broken)
    expect(findings).toEqual([
      expect.objectContaining({ code: 'schema.minItems', severity: 'error', path: '/flow/nodes' }),
    ])
    expect(findings.some((item) => item.code.startsWith('flow.'))).toBe(false)
  })

  it('accepts whatever was read from a file', () => {
    expect(lintApp('not an app')).toEqual([expect.objectContaining({ code: 'schema.type', path: '' })])
  })

  it('runs the semantic rules once the schema passes, with both languages', () => {
    const nodes = [node('start', 'start'), node('approval', 'a1'), node('approval', 'a2'), node('end', 'end')]
    const findings = lintApp(app({ nodes, edges: chain('start', 'a1', 'end') }))
    expect(findings).toEqual([
      {
        code: 'flow.incomingEdgeCount',
        severity: 'error',
        path: '/flow/nodes/2',
        message: "Approval node 'Approver (a2)' has 0 incoming edges; it needs at least 1",
        messageZh: '审批节点“审批人（a2）”有 0 条进入的连线，应为至少 1 条',
      },
      expect.objectContaining({ code: 'flow.outgoingEdgeCount', path: '/flow/nodes/2' }),
      expect.objectContaining({ code: 'flow.unreachableNode', path: '/flow/nodes/2' }),
    ])
    expect(hasErrors(findings)).toBe(true)
  })

  it('passes the directory to the rules that need it', () => {
    const nodes = [
      node('start', 'start'),
      node('approval', 'a1', { approvers: [{ type: 'users', users: ['gone'] }] }),
      node('end', 'end'),
    ]
    expect(lintApp(app({ nodes }))).toEqual([])
    expect(lintApp(app({ nodes }), { directory })).toEqual([
      expect.objectContaining({ code: 'approver.inactiveUser', path: '/flow/nodes/1/approvers/0/users/0' }),
    ])
  })
})
