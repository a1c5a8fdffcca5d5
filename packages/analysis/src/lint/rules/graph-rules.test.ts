import type { AppDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import type { Rule } from '../context.ts'
import { app, chain, edge, line, node, run, type Summary } from '../test-fixtures.ts'
import { branchEdges } from './branch-edges.ts'
import { cycles } from './cycles.ts'
import { danglingEdges } from './dangling-edges.ts'
import { duplicateFlowIds } from './duplicate-flow-ids.ts'
import { edgeCounts } from './edge-counts.ts'
import { parallelJoins } from './parallel-joins.ts'
import { reachability } from './reachability.ts'
import { startAndEnd } from './start-and-end.ts'

const start = node('start', 'start')
const end = node('end', 'end')
const a1 = node('approval', 'a1')
const a2 = node('approval', 'a2')
const branch = (id: string, extra: Record<string, unknown> = { condition: { cel: 'true' } }) => ({
  id,
  name: { 'zh-CN': id },
  ...extra,
})
const cond = node('condition', 'c', { branches: [branch('yes'), branch('no', { default: true })] })

/** start → c; c --yes→ a1 → end; c --no→ end */
const conditional = (
  edges = [
    edge('e1', 'start', 'c'),
    edge('e2', 'c', 'a1', 'yes'),
    edge('e3', 'a1', 'end'),
    edge('e4', 'c', 'end', 'no'),
  ],
) => app({ nodes: [start, cond, a1, end], edges })

const par = node('parallel', 'p')
const join = node('join', 'j')
/** start → p → (a1, a2) → j → end */
const diamond = (extra: AppDefinition['flow']['edges'] = [], nodes = [start, par, a1, a2, join, end]) =>
  app({
    nodes,
    edges: [...chain('start', 'p', 'a1', 'j', 'end'), ...chain('p', 'a2', 'j'), ...extra],
  })

const cases: [string, Rule, AppDefinition, Summary[]][] = [
  ['unique node, edge and branch ids pass', duplicateFlowIds, conditional(), []],
  [
    'repeated node, edge and branch ids',
    duplicateFlowIds,
    app({
      nodes: [
        start,
        node('condition', 'c', { branches: [branch('x'), branch('x', { default: true })] }),
        node('end', 'c'),
      ],
      edges: [edge('e', 'start', 'c'), edge('e', 'c', 'c', 'x')],
    }),
    [
      ['error', 'flow.duplicateNodeId', '/flow/nodes/2/id'],
      ['error', 'flow.duplicateEdgeId', '/flow/edges/1/id'],
      ['error', 'flow.duplicateBranchId', '/flow/nodes/1/branches/1/id'],
    ],
  ],
  ['edges between existing nodes pass', danglingEdges, line([a1]), []],
  [
    'an edge to a missing node',
    danglingEdges,
    app({ nodes: [start, a1, end], edges: [...chain('start', 'a1', 'end'), edge('x', 'a1', 'nowhere')] }),
    [['error', 'flow.danglingEdge', '/flow/edges/2/target']],
  ],
  ['one edge per branch passes', branchEdges, conditional(), []],
  [
    'a condition edge without a branch, an unknown branch and a branch without an edge',
    branchEdges,
    conditional([
      edge('e1', 'start', 'c'),
      edge('e2', 'c', 'a1'),
      edge('e3', 'a1', 'end'),
      edge('e4', 'c', 'end', 'maybe'),
    ]),
    [
      ['error', 'flow.edgeWithoutBranch', '/flow/edges/1'],
      ['error', 'flow.unknownBranch', '/flow/edges/3/branch'],
      ['error', 'flow.branchWithoutEdge', '/flow/nodes/1/branches/0'],
      ['error', 'flow.branchWithoutEdge', '/flow/nodes/1/branches/1'],
    ],
  ],
  [
    'a branch with two edges',
    branchEdges,
    conditional([
      edge('e1', 'start', 'c'),
      edge('e2', 'c', 'a1', 'yes'),
      edge('e3', 'a1', 'end'),
      edge('e4', 'c', 'end', 'no'),
      edge('e5', 'c', 'end', 'yes'),
    ]),
    [['error', 'flow.branchWithManyEdges', '/flow/nodes/1/branches/0']],
  ],
  [
    'a branch named on an edge that leaves a plain node',
    branchEdges,
    app({ nodes: [start, a1, end], edges: [edge('e1', 'start', 'a1'), edge('e2', 'a1', 'end', 'yes')] }),
    [['warning', 'flow.branchOnPlainEdge', '/flow/edges/1/branch']],
  ],
  ['a line and a diamond have the right edge counts', edgeCounts, diamond(), []],
  [
    'an approval with two outgoing edges and a join with one incoming',
    edgeCounts,
    app({
      nodes: [start, a1, join, end],
      edges: [...chain('start', 'a1', 'j', 'end'), edge('x', 'a1', 'end')],
    }),
    [
      ['error', 'flow.outgoingEdgeCount', '/flow/nodes/1'],
      ['error', 'flow.incomingEdgeCount', '/flow/nodes/2'],
    ],
  ],
  [
    'an edge into the start node',
    edgeCounts,
    app({ nodes: [start, a1, end], edges: [...chain('start', 'a1', 'end'), edge('x', 'a1', 'start')] }),
    [
      ['error', 'flow.incomingEdgeCount', '/flow/nodes/0'],
      ['error', 'flow.outgoingEdgeCount', '/flow/nodes/1'],
    ],
  ],
  ['one start and an end pass', startAndEnd, line([a1]), []],
  [
    'two starts and no end',
    startAndEnd,
    app({ nodes: [start, node('start', 's2'), a1], edges: chain('start', 'a1') }),
    [
      ['error', 'flow.manyStarts', '/flow/nodes/1'],
      ['error', 'flow.noEnd', '/flow/nodes'],
    ],
  ],
  [
    'no start',
    startAndEnd,
    app({ nodes: [a1, end], edges: chain('a1', 'end') }),
    [['error', 'flow.noStart', '/flow/nodes']],
  ],
  ['every node on a start-to-end path passes', reachability, conditional(), []],
  [
    'an island and a dead end',
    reachability,
    app({ nodes: [start, a1, a2, end], edges: [...chain('start', 'end'), edge('x', 'start', 'a1')] }),
    [
      ['error', 'flow.noPathToEnd', '/flow/nodes/1'],
      ['error', 'flow.unreachableNode', '/flow/nodes/2'],
    ],
  ],
  ['an acyclic flow passes', cycles, diamond(), []],
  [
    'an edge back to an earlier node',
    cycles,
    app({
      nodes: [start, a1, a2, end],
      edges: [...chain('start', 'a1', 'a2', 'end'), edge('back', 'a2', 'a1')],
    }),
    [['error', 'flow.cycle', '/flow/edges/3']],
  ],
  ['a parallel split closed by one join passes', parallelJoins, diamond(), []],
  [
    'nested parallels each closed by their own join pass',
    parallelJoins,
    app({
      nodes: [start, par, a1, node('parallel', 'p2'), a2, node('cc', 'cc1'), node('join', 'j2'), join, end],
      edges: [
        ...chain('start', 'p', 'a1', 'j', 'end'),
        ...chain('p', 'p2', 'a2', 'j2', 'j'),
        ...chain('p2', 'cc1', 'j2'),
      ],
    }),
    [],
  ],
  [
    'a parallel branch that reaches the end without the join',
    parallelJoins,
    app({
      nodes: [start, par, a1, a2, end],
      edges: [...chain('start', 'p', 'a1', 'end'), ...chain('p', 'a2', 'end')],
    }),
    [
      ['error', 'flow.parallelBypassesJoin', '/flow/nodes/1'],
      ['error', 'flow.parallelWithoutJoin', '/flow/nodes/1'],
    ],
  ],
  [
    'a condition inside a parallel branch that skips the join',
    parallelJoins,
    app({
      nodes: [start, par, a1, cond, join, end],
      edges: [
        ...chain('start', 'p', 'a1', 'j', 'end'),
        edge('pc', 'p', 'c'),
        edge('cy', 'c', 'j', 'yes'),
        edge('cn', 'c', 'end', 'no'),
      ],
    }),
    [['error', 'flow.parallelBypassesJoin', '/flow/nodes/1']],
  ],
  [
    'parallel branches that meet before the join',
    parallelJoins,
    app({
      nodes: [start, par, a1, a2, node('cc', 'cc1'), join, end],
      edges: [
        ...chain('start', 'p', 'a1', 'cc1', 'j', 'end'),
        ...chain('p', 'a2', 'cc1'),
        ...chain('p', 'j'),
      ],
    }),
    [['error', 'flow.parallelBranchesMerge', '/flow/nodes/1']],
  ],
  [
    'a join without a parallel split',
    parallelJoins,
    app({
      nodes: [start, cond, a1, join, end],
      edges: [
        edge('e1', 'start', 'c'),
        edge('e2', 'c', 'a1', 'yes'),
        edge('e3', 'a1', 'j'),
        edge('e4', 'c', 'j', 'no'),
        edge('e5', 'j', 'end'),
      ],
    }),
    [['error', 'flow.joinWithoutParallel', '/flow/nodes/3']],
  ],
  [
    'a join entered from outside the parallel region',
    parallelJoins,
    app({
      nodes: [start, cond, par, a1, a2, join, end],
      edges: [
        edge('e1', 'start', 'c'),
        edge('e2', 'c', 'p', 'yes'),
        edge('e3', 'c', 'j', 'no'),
        ...chain('p', 'a1', 'j', 'end'),
        ...chain('p', 'a2', 'j'),
      ],
    }),
    [['error', 'flow.joinFromOutside', '/flow/edges/2/target']],
  ],
]

describe('graph rules', () => {
  it.each(cases)('%s', (_, rule, definition, expected) => {
    expect(run(rule, definition)).toEqual(expected)
  })
})
