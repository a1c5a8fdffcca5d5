import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { branchesOf, nodePath } from '../flow-index.ts'

/** Exactly one default branch, placed last (it is only taken when no other branch holds). */
export const conditionDefaults: Rule = ({ flow }) => {
  const findings: Finding[] = []
  flow.nodes.forEach((node, n) => {
    const branches = branchesOf(node)
    if (!branches) return
    const defaults = branches.flatMap((branch, b) => (branch.default ? [b] : []))
    if (defaults.length === 0) {
      findings.push(
        finding(
          'condition.noDefault',
          'error',
          nodePath(n, 'branches'),
          `Condition node '${nameEn(node)}' has no default branch; an instance matching no branch would be stuck`,
          `条件节点“${nameZh(node)}”缺少默认分支，不满足任何条件的实例将无法继续`,
        ),
      )
    }
    for (const b of defaults.slice(1)) {
      findings.push(
        finding(
          'condition.manyDefaults',
          'error',
          nodePath(n, 'branches', b),
          `Condition node '${nameEn(node)}' has more than one default branch`,
          `条件节点“${nameZh(node)}”只能有一个默认分支`,
        ),
      )
    }
    const first = defaults[0]
    if (defaults.length === 1 && first !== undefined && first !== branches.length - 1) {
      findings.push(
        finding(
          'condition.defaultNotLast',
          'warning',
          nodePath(n, 'branches', first),
          `The default branch of condition node '${nameEn(node)}' is not the last one; it is still only taken when no other branch holds`,
          `条件节点“${nameZh(node)}”的默认分支不在最后；它仍然只在其他分支都不满足时才会执行`,
        ),
      )
    }
  })
  return findings
}
