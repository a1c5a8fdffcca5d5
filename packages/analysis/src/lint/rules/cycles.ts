import type { Rule } from '../context.ts'
import { type Finding, finding } from '../finding.ts'
import { edgePath } from '../flow-index.ts'

/**
 * Flows are acyclic: going back (reject to an earlier node, resubmit) is node configuration, not an edge.
 * Reports each edge that closes a cycle in a depth-first walk.
 */
export const cycles: Rule = ({ flow }) => {
  const findings: Finding[] = []
  const state = new Map<string, 'open' | 'done'>()
  const trail: string[] = []
  const visit = (id: string) => {
    state.set(id, 'open')
    trail.push(id)
    for (const { edge, index } of flow.outgoing.get(id) ?? []) {
      const seen = state.get(edge.target)
      if (seen === 'open') {
        const loop = [...trail.slice(trail.indexOf(edge.target)), edge.target].join(' → ')
        findings.push(
          finding(
            'flow.cycle',
            'error',
            edgePath(index),
            `Edge '${edge.id}' closes a cycle (${loop}); to send work back, configure "reject to" on the node instead`,
            `连线“${edge.id}”形成了回路（${loop}）；如需退回，请在节点上设置“驳回至”`,
          ),
        )
      } else if (seen === undefined) visit(edge.target)
    }
    trail.pop()
    state.set(id, 'done')
  }
  const roots = flow.start ? [flow.start.node.id, ...flow.byId.keys()] : [...flow.byId.keys()]
  for (const id of roots) if (!state.has(id)) visit(id)
  return findings
}
