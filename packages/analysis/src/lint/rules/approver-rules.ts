import { assigneesOf, nodeTypeOf } from '@signoff/node-types'
import type { ApproverRule, EmptyAssigneePolicy, NodeKind } from '@signoff/schemas'
import { approverChecks, type Check, emptyPolicyProblems, type Problem } from '../approver-checks.ts'
import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh, type Severity } from '../finding.ts'
import { nodePath } from '../flow-index.ts'

/** Rules that can resolve to nobody, and references to people that do not exist. */
export const approverRules: Rule = (context) => {
  const findings: Finding[] = []
  context.flow.nodes.forEach((node, n) => {
    const rules = assigneesOf(node)
    const property = nodeTypeOf(node.kind as NodeKind).assignees
    if (!rules || !property) return
    const policy = (node as { emptyPolicy?: EmptyAssigneePolicy }).emptyPolicy
    const nobody: Severity = policy === undefined || policy.action === 'error' ? 'error' : 'warning'
    const report = (problem: Problem, severity: Severity, path: string) =>
      findings.push(
        finding(
          problem.code,
          severity,
          path,
          `Node '${nameEn(node)}': ${problem.en}`,
          `节点“${nameZh(node)}”：${problem.zh}`,
        ),
      )
    rules.forEach((rule, r) => {
      const check = approverChecks[rule.type] as Check<ApproverRule>
      for (const problem of check(rule, context)) {
        report(problem, problem.nobody ? nobody : 'warning', nodePath(n, property, r, ...problem.at))
      }
    })
    for (const problem of emptyPolicyProblems(policy, context))
      report(problem, 'error', nodePath(n, ...problem.at))
  })
  return findings
}
