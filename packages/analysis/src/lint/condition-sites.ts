import type { Condition } from '@signoff/schemas'
import type { LintContext } from './context.ts'
import { branchesOf, nodePath } from './flow-index.ts'
import { under } from './pointer.ts'

export interface ConditionSite {
  condition: Condition
  path: string
}

/** Every condition in the app: fields' visibleWhen/requiredWhen and condition branches. */
export function conditionSites({ form, flow }: LintContext): ConditionSite[] {
  const sites: ConditionSite[] = []
  for (const { field, path } of form.entries) {
    if (field.visibleWhen) sites.push({ condition: field.visibleWhen, path: under(path, 'visibleWhen') })
    if (field.requiredWhen) sites.push({ condition: field.requiredWhen, path: under(path, 'requiredWhen') })
  }
  flow.nodes.forEach((node, n) => {
    branchesOf(node)?.forEach((branch, b) => {
      if (branch.condition)
        sites.push({ condition: branch.condition, path: nodePath(n, 'branches', b, 'condition') })
    })
  })
  return sites
}

export interface ComparisonSite {
  field: string
  /** Pointer to the comparison's `field` property. */
  path: string
}

/** The field comparisons inside a structured condition (CEL text is left to the expression checker). */
export function fieldComparisons(condition: Condition, path: string): ComparisonSite[] {
  if ('all' in condition)
    return condition.all.flatMap((inner, i) => fieldComparisons(inner, under(path, 'all', i)))
  if ('any' in condition)
    return condition.any.flatMap((inner, i) => fieldComparisons(inner, under(path, 'any', i)))
  if ('not' in condition) return fieldComparisons(condition.not, under(path, 'not'))
  if ('field' in condition) return [{ field: condition.field, path: under(path, 'field') }]
  return []
}
