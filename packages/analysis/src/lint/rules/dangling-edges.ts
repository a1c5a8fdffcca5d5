import type { Rule } from '../context.ts'
import { type Finding, finding } from '../finding.ts'
import { edgePath } from '../flow-index.ts'

export const danglingEdges: Rule = ({ flow }) => {
  const findings: Finding[] = []
  flow.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      const id = edge[end]
      if (flow.byId.has(id)) continue
      findings.push(
        finding(
          'flow.danglingEdge',
          'error',
          edgePath(i, end),
          `Edge '${edge.id}' has ${end} '${id}', which is not a node of this flow`,
          `连线“${edge.id}”的${end === 'source' ? '起点' : '终点'}“${id}”不是本流程中的节点`,
        ),
      )
    }
  })
  return findings
}
