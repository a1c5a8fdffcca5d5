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
      /** back: reject to a node on its own path · anywhere: to any earlier decision node, other branches too. */
      reject: 'none' | 'back' | 'anywhere'
      pick: number
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
      reject: fc.constantFrom('none', 'none', 'back', 'back', 'anywhere'),
      pick: fc.nat(),
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

/**
 * Lays the blocks out as nodes and edges; exclusive branches meet again at the next node, parallel ones at
 * a join. `path` lists the decision nodes on the way to a point (the start included): where a rejection
 * may go back to without crossing into another parallel branch.
 */
function build(blocks: Block[]): EngineDefinition {
  const nodes: FlowNode[] = [{ id: 'start', kind: 'start', name: name('start') }]
  const edges: FlowEdge[] = []
  const decisions: string[] = []
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
  const place = (sequence: Block[], from: Exit[], path: string[]): { exits: Exit[]; path: string[] } => {
    let exits = from
    let current = path
    for (const b of sequence) {
      const placed = addBlock(b, current)
      connect(exits, placed.first)
      exits = placed.last
      current = placed.path
    }
    return { exits, path: current }
  }
  const rejectTarget = (b: Extract<Block, { type: 'approval' }>, path: string[]) => {
    // Back mostly to one of the nearest decisions, so that rejections inside a parallel branch are common.
    const options = b.reject === 'back' ? path.slice(-2) : ['start', ...decisions]
    const target = b.reject === 'none' ? undefined : options[b.pick % options.length]
    return target === undefined ? {} : { rejectTo: { target: 'node', node: target } }
  }
  const addBlock = (b: Block, path: string[]): { first: string; last: Exit[]; path: string[] } => {
    const single = (node: FlowNode) => ({ first: node.id, last: add(node), path })
    const decision = (node: FlowNode) => {
      decisions.push(node.id)
      return { first: node.id, last: add(node), path: [...path, node.id] }
    }
    if (b.type === 'approval') {
      const actions = { ...(b.extra.actions as object), ...rejectTarget(b, path) }
      return decision({
        id: id('a'),
        kind: 'approval',
        name: name('a'),
        approvers: b.rules,
        mode: b.mode,
        ...b.extra,
        actions,
      } as FlowNode)
    }
    if (b.type === 'handler')
      return decision({
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
      const last = b.branches.flatMap(
        (sequence, i) => place(sequence, [{ node, branch: i === 0 ? 'high' : 'other' }], path).exits,
      )
      return { first: node, last, path }
    }
    const split = id('s')
    add({ id: split, kind: 'parallel', name: name('s') })
    const join = id('j')
    nodes.push({ id: join, kind: 'join', name: name('j') })
    for (const sequence of b.branches) connect(place(sequence, [{ node: split }], path).exits, join)
    return { first: split, last: [{ node: join }], path }
  }
  const { exits } = place(blocks, [{ node: 'start' }], ['start'])
  nodes.push({ id: 'end', kind: 'end', name: name('end') })
  connect(exits, 'end')
  return { form: testForm, flow: { nodes, edges }, settings: testSettings }
}

export const randomDefinition: fc.Arbitrary<EngineDefinition> = fc
  .array(block(3), { minLength: 1, maxLength: 4 })
  .map(build)

const deciders = ['lisi', 'wangwu', 'sunba', 'qianqi', 'zhaoliu', 'zhoujiu']

/** One approver who is always there, asked once: the flow only moves when someone acts. */
const decision: fc.Arbitrary<Block> = fc.record({
  type: fc.constant('approval' as const),
  rules: fc.constantFrom(...deciders).map((u): ApproverRule[] => [{ type: 'users', users: [u] }]),
  mode: fc.constant('any' as const),
  extra: fc.record({
    initiatorIsApprover: fc.constant('self'),
    actions: fc.constantFrom({}, { resumeAfterReturn: 'returningNode' }),
  }),
  reject: fc.constantFrom('none', 'back', 'back', 'anywhere'),
  pick: fc.nat(),
})

const region: fc.Memo<Block> = fc.memo((depth) =>
  depth <= 1
    ? decision
    : fc.oneof(
        decision,
        fc.record({
          type: fc.constant('parallel' as const),
          branches: fc.array(fc.array(region(depth - 1), { minLength: 1, maxLength: 3 }), {
            minLength: 2,
            maxLength: 3,
          }),
        }),
      ),
)

/** Flows of approvals inside (nested) parallel regions, rejecting back along their path or anywhere. */
export const randomParallelDefinition: fc.Arbitrary<EngineDefinition> = fc
  .array(region(3), { minLength: 1, maxLength: 3 })
  .map(build)
