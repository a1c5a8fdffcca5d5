import type { FlowNode } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { app, chain, node, run, type Summary } from '../test-fixtures.ts'
import { rejectPaths } from './reject-paths.ts'

const rejectTo = (target: string) => ({ actions: { rejectTo: { target: 'node', node: target } } })
const approval = (id: string, target?: string) => node('approval', id, target ? rejectTo(target) : {})

/**
 * start → before → split ⟨ a1 → a2 ⟩ ⟨ b1 → inner ⟨ x1 → x2 ⟩ ⟨ y1 ⟩ → innerJoin → b2 ⟩ → join → after → end,
 * with one node rejecting to the target given.
 */
function regions(rejecting: string, target: string) {
  const ids = ['before', 'a1', 'a2', 'b1', 'x1', 'x2', 'y1', 'b2', 'after']
  const nodes: FlowNode[] = [
    node('start', 'start'),
    ...ids.map((id) => approval(id, id === rejecting ? target : undefined)),
    node('parallel', 'split'),
    node('parallel', 'inner'),
    node('join', 'innerJoin'),
    node('join', 'join'),
    node('end', 'end'),
  ]
  const edges = [
    ...chain('start', 'before', 'split'),
    ...chain('split', 'a1', 'a2', 'join'),
    ...chain('split', 'b1', 'inner'),
    ...chain('inner', 'x1', 'x2', 'innerJoin'),
    ...chain('inner', 'y1', 'innerJoin'),
    ...chain('innerJoin', 'b2', 'join', 'after', 'end'),
  ]
  return app({ nodes, edges })
}

const error = (index: number): Summary[] => [
  ['error', 'flow.rejectTargetOtherBranch', `/flow/nodes/${index}/actions/rejectTo`],
]
// Node indexes in `regions`: start 0, before 1, a1 2, a2 3, b1 4, x1 5, x2 6, y1 7, b2 8, after 9.
const cases: [string, string, string, Summary[]][] = [
  ['within the same branch', 'a2', 'a1', []],
  ['from a branch to before the split', 'a2', 'before', []],
  ['from a branch to the start', 'x2', 'start', []],
  ['from a nested branch to its own branch', 'x2', 'x1', []],
  ['from a nested branch to the enclosing branch', 'x2', 'b1', []],
  ['from a nested branch to before every split', 'x2', 'before', []],
  ['after the joins back to before the split', 'after', 'before', []],
  ['into another branch', 'a2', 'b1', error(3)],
  ['into another nested branch', 'y1', 'x1', error(7)],
  ['from a nested branch into a sibling branch of the outer region', 'x2', 'a1', error(6)],
  ['from after the inner join into a nested branch', 'b2', 'x1', error(8)],
  ['from after the join into a branch', 'after', 'a1', error(9)],
]

describe('reject paths', () => {
  it.each(cases)('%s (%s → %s)', (_, rejecting, target, expected) => {
    expect(run(rejectPaths, regions(rejecting, target))).toEqual(expected)
  })

  it('leaves unknown targets to the reject target rule', () => {
    expect(run(rejectPaths, regions('a2', 'ghost'))).toEqual([])
  })
})
