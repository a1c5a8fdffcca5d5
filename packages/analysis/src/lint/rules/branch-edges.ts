import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { branchesOf, edgePath, nodePath } from '../flow-index.ts'

/** Each branch of a condition node leaves by exactly one edge that names it; other edges name no branch. */
export const branchEdges: Rule = ({ flow }) => {
  const findings: Finding[] = []
  flow.nodes.forEach((node, n) => {
    const branches = branchesOf(node)
    const edges = flow.outgoing.get(node.id) ?? []
    if (!branches) {
      for (const { edge, index } of edges) {
        if (edge.branch === undefined) continue
        findings.push(
          finding(
            'flow.branchOnPlainEdge',
            'warning',
            edgePath(index, 'branch'),
            `Edge '${edge.id}' names branch '${edge.branch}' but leaves '${nameEn(node)}', which is not a condition node`,
            `连线“${edge.id}”指定了分支“${edge.branch}”，但其起点“${nameZh(node)}”不是条件节点`,
          ),
        )
      }
      return
    }
    const ids = new Set(branches.map((branch) => branch.id))
    for (const { edge, index } of edges) {
      if (edge.branch === undefined) {
        findings.push(
          finding(
            'flow.edgeWithoutBranch',
            'error',
            edgePath(index),
            `Edge '${edge.id}' leaves condition node '${nameEn(node)}' without naming a branch`,
            `连线“${edge.id}”从条件节点“${nameZh(node)}”出发，但没有指定分支`,
          ),
        )
      } else if (!ids.has(edge.branch)) {
        findings.push(
          finding(
            'flow.unknownBranch',
            'error',
            edgePath(index, 'branch'),
            `Edge '${edge.id}' names branch '${edge.branch}', which condition node '${nameEn(node)}' does not have`,
            `连线“${edge.id}”指定的分支“${edge.branch}”在条件节点“${nameZh(node)}”中不存在`,
          ),
        )
      }
    }
    branches.forEach((branch, b) => {
      const count = edges.filter(({ edge }) => edge.branch === branch.id).length
      if (count === 1) return
      findings.push(
        count === 0
          ? finding(
              'flow.branchWithoutEdge',
              'error',
              nodePath(n, 'branches', b),
              `Branch '${branch.id}' of condition node '${nameEn(node)}' has no edge; the flow cannot continue from it`,
              `条件节点“${nameZh(node)}”的分支“${branch.id}”没有连线，流程无法继续`,
            )
          : finding(
              'flow.branchWithManyEdges',
              'error',
              nodePath(n, 'branches', b),
              `Branch '${branch.id}' of condition node '${nameEn(node)}' has ${count} edges; it needs exactly one`,
              `条件节点“${nameZh(node)}”的分支“${branch.id}”有 ${count} 条连线，只能有一条`,
            ),
      )
    })
  })
  return findings
}
