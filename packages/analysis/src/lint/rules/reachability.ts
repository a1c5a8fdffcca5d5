import type { Rule } from '../context.ts'
import { type Finding, finding } from '../finding.ts'
import { isEnd, nodeLabel, nodePath, predecessors, reachable, successors } from '../flow-index.ts'

/** Every node lies on some path from the start to an end. */
export const reachability: Rule = ({ flow }) => {
  const findings: Finding[] = []
  const fromStart = flow.start ? reachable([flow.start.node.id], (id) => successors(flow, id)) : undefined
  const ends = flow.nodes.filter(isEnd).map((node) => node.id)
  const toEnd = ends.length > 0 ? reachable(ends, (id) => predecessors(flow, id)) : undefined
  flow.nodes.forEach((node, i) => {
    if (fromStart && !fromStart.has(node.id)) {
      findings.push(
        finding(
          'flow.unreachableNode',
          'error',
          nodePath(i),
          `Node ${nodeLabel(node)} cannot be reached from the start`,
          `节点${nodeLabel(node)}无法从发起节点到达`,
        ),
      )
    } else if (toEnd && !toEnd.has(node.id)) {
      findings.push(
        finding(
          'flow.noPathToEnd',
          'error',
          nodePath(i),
          `No path leads from node ${nodeLabel(node)} to an end node; instances there would never finish`,
          `从节点${nodeLabel(node)}出发无法到达结束节点，流程将无法结束`,
        ),
      )
    }
  })
  return findings
}
