import type { ApproverRule, FlowEdge, FlowNode } from '@signoff/schemas'
import fc from 'fast-check'
import type { EngineDefinition } from '../model/definition.ts'
import { testForm, testSettings } from './fixtures.ts'

/** A structured flow: a sequence of blocks, some of which nest sequences (condition and parallel branches). */
type Block =
  | {
      type: 'approval'
      rules: ApproverRule[]
      mode: 'any' | 'all' | 'sequential'
      extra: Record<string, unknown>
    }
  | { type: 'handler'; rules: ApproverRule[] }
  | { type: 'cc'; rules: ApproverRule[] }
  | { type: 'automation'; maxAttempts: number; onFailure: 'fail' | 'continue' }
  | { type: 'timer' }
  | { type: 'condition'; threshold: string; branches: Block[][] }
  | { type: 'parallel'; branches: Block[][] }

const users = ['zhangsan', 'lisi', 'wangwu', 'sunba', 'qianqi', 'zhaoliu', 'wushi', 'zhoujiu']

const rule: fc.Arbitrary<ApproverRule> = fc.oneof(
  fc.subarray(users, { minLength: 1, maxLength: 3 }).map((u): ApproverRule => ({ type: 'users', users: u })),
  fc.constantFrom<ApproverRule>(
    { type: 'supervisor', level: 1 },
    { type: 'supervisor', level: 4 },
    { type: 'supervisorChain', upToLevel: 2 },
    { type: 'departmentHead', of: 'initiator' },
    { type: 'roles', roles: ['hr'] },
    { type: 'roles', roles: ['nobodyHasThis'] },
    { type: 'memberField', field: 'reviewer' },
    { type: 'initiator' },
  ),
)
const rules = fc.array(rule, { minLength: 1, maxLength: 2 })

const approvalExtra = fc.record({
  initiatorIsApprover: fc.constantFrom('self', 'supervisor', 'autoApprove'),
  dedupe: fc.boolean(),
  emptyPolicy: fc.constantFrom({ action: 'autoApprove' }, { action: 'toAdmin' }, { action: 'error' }),
  timeouts: fc.constantFrom(
    [],
    [{ after: 'P1D', action: 'remind', repeatEvery: 'P1D' }],
    [{ after: 'P1D', action: 'autoApprove' }],
    [{ after: 'P1D', action: 'autoReject' }],
    [{ after: 'P1D', action: 'escalate' }],
  ),
  actions: fc.constantFrom(
    {},
    { resumeAfterReturn: 'returningNode' },
    { rejectTo: { target: 'node', node: 'start' } },
    { return: false, transfer: false, addSigner: false },
  ),
})

const block: fc.Memo<Block> = fc.memo((depth) => {
  const leaves: fc.Arbitrary<Block>[] = [
    fc.record({
      type: fc.constant('approval' as const),
      rules,
      mode: fc.constantFrom('any', 'all', 'sequential'),
      extra: approvalExtra,
    }),
    fc.record({ type: fc.constant('handler' as const), rules }),
    fc.record({ type: fc.constant('cc' as const), rules }),
    fc.record({
      type: fc.constant('automation' as const),
      maxAttempts: fc.integer({ min: 1, max: 3 }),
      onFailure: fc.constantFrom('fail', 'continue'),
    }),
    fc.constant({ type: 'timer' as const }),
  ]
  if (depth <= 1) return fc.oneof(...leaves)
  const sequence = fc.array(block(depth - 1), { minLength: 0, maxLength: 2 })
  return fc.oneof(
    ...leaves,
    fc.record({
      type: fc.constant('condition' as const),
      threshold: fc.constantFrom('0', '100', '5000'),
      branches: fc.array(sequence, { minLength: 2, maxLength: 2 }),
    }),
    fc.record({
      type: fc.constant('parallel' as const),
      branches: fc.array(sequence, { minLength: 2, maxLength: 3 }),
    }),
  )
})

const name = (id: string) => ({ 'zh-CN': id })

/** A point a sequence leaves from: a node, and the branch its edge follows when that node is a condition. */
interface Exit {
  node: string
  branch?: string
}

/** Lays the blocks out as nodes and edges; exclusive branches meet again at the next node, parallel ones at a join. */
function build(blocks: Block[]): EngineDefinition {
  const nodes: FlowNode[] = [{ id: 'start', kind: 'start', name: name('start') }]
  const edges: FlowEdge[] = []
  let n = 0
  const id = (prefix: string) => `${prefix}${++n}`
  const connect = (exits: Exit[], target: string) => {
    for (const exit of exits)
      edges.push({ id: id('e'), source: exit.node, target, ...(exit.branch ? { branch: exit.branch } : {}) })
  }
  const add = (node: FlowNode): Exit[] => {
    nodes.push(node)
    return [{ node: node.id }]
  }
  const place = (sequence: Block[], from: Exit[]): Exit[] => {
    let exits = from
    for (const b of sequence) {
      const { first, last } = addBlock(b)
      connect(exits, first)
      exits = last
    }
    return exits
  }
  const addBlock = (b: Block): { first: string; last: Exit[] } => {
    const single = (node: FlowNode) => ({ first: node.id, last: add(node) })
    if (b.type === 'approval')
      return single({
        id: id('a'),
        kind: 'approval',
        name: name('a'),
        approvers: b.rules,
        mode: b.mode,
        ...b.extra,
      } as FlowNode)
    if (b.type === 'handler')
      return single({
        id: id('h'),
        kind: 'handler',
        name: name('h'),
        handlers: b.rules,
        emptyPolicy: { action: 'autoApprove' },
        fieldPermissions: { note: 'edit' },
      })
    if (b.type === 'cc') return single({ id: id('c'), kind: 'cc', name: name('c'), recipients: b.rules })
    if (b.type === 'automation')
      return single({
        id: id('x'),
        kind: 'automation',
        name: name('x'),
        action: { type: 'builtin', name: 'demo.run' },
        retry: { maxAttempts: b.maxAttempts, backoff: 'PT5M' },
        onFailure: b.onFailure,
      })
    if (b.type === 'timer')
      return single({ id: id('w'), kind: 'timer', name: name('w'), wait: { after: 'PT1H' } })
    if (b.type === 'condition') {
      const node = id('k')
      add({
        id: node,
        kind: 'condition',
        name: name('k'),
        branches: [
          { id: 'high', name: name('high'), condition: { field: 'amount', op: 'gt', value: b.threshold } },
          { id: 'other', name: name('other'), default: true },
        ],
      })
      const last = b.branches.flatMap((sequence, i) =>
        place(sequence, [{ node, branch: i === 0 ? 'high' : 'other' }]),
      )
      return { first: node, last }
    }
    const split = id('s')
    add({ id: split, kind: 'parallel', name: name('s') })
    const join = id('j')
    nodes.push({ id: join, kind: 'join', name: name('j') })
    for (const sequence of b.branches) connect(place(sequence, [{ node: split }]), join)
    return { first: split, last: [{ node: join }] }
  }
  const last = place(blocks, [{ node: 'start' }])
  nodes.push({ id: 'end', kind: 'end', name: name('end') })
  connect(last, 'end')
  return { form: testForm, flow: { nodes, edges }, settings: testSettings }
}

export const randomDefinition: fc.Arbitrary<EngineDefinition> = fc
  .array(block(3), { minLength: 1, maxLength: 4 })
  .map(build)
