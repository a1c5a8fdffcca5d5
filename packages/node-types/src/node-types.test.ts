import { type FlowNode, nodeKinds, validateFlow } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { assigneesOf, createNode, fieldPermissionsOf, withDefaults } from './access.ts'
import { nodeTypes } from './node-types.ts'

const start = nodeTypes.start.create('s')
const end = nodeTypes.end.create('e')

describe('node types', () => {
  it('has an entry for every node kind in the schemas', () => {
    expect(Object.keys(nodeTypes).sort()).toEqual([...nodeKinds].sort())
  })

  it.each(nodeKinds)('creates a %s node that the flow schema accepts', (kind) => {
    const node = createNode(kind, 'n1')
    expect(node).toMatchObject({ id: 'n1', kind })
    const result = validateFlow({ nodes: [start, node, end], edges: [] })
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  it.each(nodeKinds)('gives %s labels in both languages and a colour', (kind) => {
    const spec = nodeTypes[kind]
    expect(spec.label['zh-CN']).not.toBe('')
    expect(spec.label.en).not.toBe('')
    expect(spec.color).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('labels the kinds as the product names them', () => {
    expect(Object.fromEntries(nodeKinds.map((kind) => [kind, nodeTypes[kind].label['zh-CN']]))).toEqual({
      approval: '审批',
      cc: '抄送',
      condition: '条件分支',
      parallel: '并行分支',
      join: '汇合',
      handler: '办理',
      automation: '自动化',
      timer: '延时',
      start: '发起',
      end: '结束',
    })
  })

  it('asks the direct supervisor, any one of them, by default', () => {
    expect(nodeTypes.approval.create('a')).toMatchObject({
      approvers: [{ type: 'supervisor', level: 1 }],
      mode: 'any',
      initiatorIsApprover: 'supervisor',
    })
  })

  it('states the edge counts each kind allows', () => {
    expect(nodeTypes.start.incoming).toEqual({ min: 0, max: 0 })
    expect(nodeTypes.start.outgoing).toEqual({ min: 1, max: 1 })
    expect(nodeTypes.end.outgoing).toEqual({ min: 0, max: 0 })
    expect(nodeTypes.condition.outgoing).toEqual({ perBranch: true })
    expect(nodeTypes.parallel.outgoing).toEqual({ min: 2 })
    expect(nodeTypes.join.incoming).toEqual({ min: 2 })
    expect(nodeTypes.join.outgoing).toEqual({ min: 1, max: 1 })
    expect(nodeTypes.approval.outgoing).toEqual({ min: 1, max: 1 })
  })
})

describe('withDefaults', () => {
  const bare = (node: Record<string, unknown>) =>
    ({ id: 'n', name: { 'zh-CN': '节点' }, ...node }) as FlowNode

  it('fills the documented defaults of an approval node', () => {
    expect(withDefaults(bare({ kind: 'approval', approvers: [{ type: 'initiator' }] }))).toMatchObject({
      mode: 'any',
      initiatorIsApprover: 'supervisor',
      dedupe: false,
      emptyPolicy: { action: 'error' },
      actions: { return: true, transfer: true, addSigner: true, resumeAfterReturn: 'start' },
    })
  })

  it('keeps what the owner set', () => {
    const node = bare({
      kind: 'handler',
      handlers: [{ type: 'initiator' }],
      mode: 'all',
      actions: { transfer: false, rejectTo: { target: 'end' } },
    })
    expect(withDefaults(node)).toMatchObject({
      mode: 'all',
      actions: { return: true, transfer: false, addSigner: true, rejectTo: { target: 'end' } },
    })
  })

  it('retries an automation three times and fails the instance by default', () => {
    const node = bare({
      kind: 'automation',
      action: { type: 'builtin', name: 'x' },
      retry: { backoff: 'PT5M' },
    })
    expect(withDefaults(node)).toMatchObject({
      retry: { maxAttempts: 3, backoff: 'PT5M' },
      onFailure: 'fail',
    })
  })

  it('leaves kinds without optional settings unchanged', () => {
    const node = bare({ kind: 'timer', wait: { after: 'P1D' } })
    expect(withDefaults(node)).toEqual(node)
  })
})

describe('accessors', () => {
  it.each([
    ['approval', 'approvers'],
    ['handler', 'handlers'],
    ['cc', 'recipients'],
  ] as const)('reads the people of a %s node from %s', (kind, property) => {
    const node = createNode(kind, 'n')
    expect(assigneesOf(node)).toBe((node as unknown as Record<string, unknown>)[property])
  })

  it('has no people on a timer', () => {
    expect(assigneesOf(createNode('timer', 't'))).toBeUndefined()
  })

  it('reads field permissions only where the kind has them', () => {
    const permissions = { amount: 'hidden' as const }
    expect(fieldPermissionsOf({ ...createNode('start', 's'), fieldPermissions: permissions })).toBe(
      permissions,
    )
    expect(fieldPermissionsOf(createNode('join', 'j'))).toBeUndefined()
  })
})
