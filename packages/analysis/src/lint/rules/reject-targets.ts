import { isNodeKind, nodeTypeOf } from '@signoff/node-types'
import type { RejectTarget } from '@signoff/schemas'
import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { nodePath, reachable, successors } from '../flow-index.ts'

/** "Reject to" sends the instance back to an earlier node where people work on it again. */
export const rejectTargets: Rule = ({ flow }) => {
  const findings: Finding[] = []
  flow.nodes.forEach((node, n) => {
    const target = (node as { actions?: { rejectTo?: RejectTarget } }).actions?.rejectTo
    if (target?.target !== 'node') return
    const path = nodePath(n, 'actions', 'rejectTo', 'node')
    const ref = flow.byId.get(target.node)
    const problem = (code: string, en: string, zh: string) =>
      findings.push(
        finding(
          code,
          'error',
          path,
          `Node '${nameEn(node)}' rejects to '${target.node}', ${en}`,
          `节点“${nameZh(node)}”驳回至“${target.node}”，${zh}`,
        ),
      )
    if (!ref) {
      problem('flow.rejectTargetMissing', 'which does not exist', '该节点不存在')
      return
    }
    if (!isNodeKind(ref.node.kind) || !nodeTypeOf(ref.node.kind).rejectTarget) {
      problem(
        'flow.rejectTargetKind',
        'which is not a start, approval or handler node',
        '该节点不是发起、审批或办理节点',
      )
      return
    }
    const downstream = reachable(successors(flow, target.node), (id) => successors(flow, id))
    if (!downstream.has(node.id)) {
      problem('flow.rejectTargetNotUpstream', 'which does not come before it in the flow', '该节点不在其之前')
    }
  })
  return findings
}
