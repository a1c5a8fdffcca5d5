import { checkCondition, checkFormula } from '@signoff/expression'
import type { Issue } from '@signoff/schemas'
import { conditionSites } from '../condition-sites.ts'
import type { Rule } from '../context.ts'
import { factsOf } from '../field-facts.ts'
import { type Finding, finding } from '../finding.ts'

// conditionFields reports these for structured comparisons, telling a missing field from one without a value.
const reportedByConditionFields = new Set(['condition.unknownField', 'condition.columnField'])

function toFinding(issue: Issue, base: string, zhPrefix: string): Finding {
  return finding(issue.code, 'error', base + issue.path, issue.message, `${zhPrefix}：${issue.message}`)
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
    for (const issue of checkFormula(field, app.form)) findings.push(toFinding(issue, path, '公式有误'))
  }
  return findings
}
