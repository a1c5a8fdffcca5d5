import { type BilingualIssue, checkCondition, checkFormula } from '@signoff/expression'
import { conditionSites } from '../condition-sites.ts'
import type { Rule } from '../context.ts'
import { factsOf } from '../field-facts.ts'
import { type Finding, finding, nameZh } from '../finding.ts'

// conditionFields reports these for structured comparisons, telling a missing field from one without a value.
const reportedByConditionFields = new Set(['condition.unknownField', 'condition.columnField'])

// The expression package words each issue in both languages. Its own condition.* and formula.* messages name
// the field already; an expression.* one is about the CEL text, so the lead-in says whose text it is.
function toFinding(issue: BilingualIssue, base: string, leadZh: string): Finding {
  const messageZh = issue.code.startsWith('expression.') ? `${leadZh}：${issue.messageZh}` : issue.messageZh
  return finding(issue.code, 'error', base + issue.path, issue.message, messageZh)
}

/** Conditions and formulas type-checked against the form by the expression language. */
export const expressions: Rule = (context) => {
  const { app, form } = context
  const findings: Finding[] = []
  for (const site of conditionSites(context)) {
    for (const issue of checkCondition(site.condition, app.form)) {
      if (!reportedByConditionFields.has(issue.code)) findings.push(toFinding(issue, site.path, '条件有误'))
    }
  }
  for (const { field, path } of form.entries) {
    if (!factsOf(field)?.computed) continue
    for (const issue of checkFormula(field, app.form))
      findings.push(toFinding(issue, path, `公式 ${nameZh(field)}`))
  }
  return findings
}
