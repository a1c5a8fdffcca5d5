import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { branchesOf, edgePath, nodePath } from '../flow-index.ts'

function duplicates<T>(items: readonly T[], idOf: (item: T) => string): [number, string][] {
  const seen = new Set<string>()
  const repeated: [number, string][] = []
  items.forEach((item, i) => {
    const id = idOf(item)
    if (seen.has(id)) repeated.push([i, id])
    else seen.add(id)
  })
  return repeated
}

/** Node, edge and (within one condition node) branch ids identify what tasks, events and edges point at. */
export const duplicateFlowIds: Rule = ({ app }) => {
  const findings: Finding[] = []
  for (const [i, id] of duplicates(app.flow.nodes, (node) => node.id)) {
    findings.push(
      finding(
        'flow.duplicateNodeId',
        'error',
        nodePath(i, 'id'),
        `Node id '${id}' is used twice`,
        `节点标识“${id}”重复`,
      ),
    )
  }
  for (const [i, id] of duplicates(app.flow.edges, (edge) => edge.id)) {
    findings.push(
      finding(
        'flow.duplicateEdgeId',
        'error',
        edgePath(i, 'id'),
        `Edge id '${id}' is used twice`,
        `连线标识“${id}”重复`,
      ),
    )
  }
  app.flow.nodes.forEach((node, n) => {
    for (const [b, id] of duplicates(branchesOf(node) ?? [], (branch) => branch.id)) {
      findings.push(
        finding(
          'flow.duplicateBranchId',
          'error',
          nodePath(n, 'branches', b, 'id'),
          `Condition node '${nameEn(node)}' has two branches with the id '${id}'`,
          `条件节点“${nameZh(node)}”中分支标识“${id}”重复`,
        ),
      )
    }
  })
  return findings
}
