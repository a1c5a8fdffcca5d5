import type { ConditionBranch } from '@signoff/schemas'
import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { branchesOf, nodePath } from '../flow-index.ts'
import { type FieldRange, fieldRange } from '../ranges/extract.ts'
import {
  everything,
  formatInterval,
  type Interval,
  intersect,
  isEmpty,
  isPoint,
  subtractAll,
} from '../ranges/interval.ts'

interface RangedBranch extends FieldRange {
  branch: ConditionBranch
  index: number
}

function describe(range: Interval): { en: string; zh: string } {
  const text = formatInterval(range)
  return isPoint(range)
    ? { en: `the value ${text}`, zh: `取值 ${text}` }
    : { en: `values in ${text}`, zh: `区间 ${text}` }
}

/**
 * Branches comparing one number or money field with constants split its values into ranges. With
 * exact decimals: a value no branch takes is a gap, a value two branches take goes to the first
 * (overlap), and a branch whose every value is taken earlier can never run.
 */
export const conditionRanges: Rule = (context) => {
  const findings: Finding[] = []
  context.flow.nodes.forEach((node, n) => {
    const branches = branchesOf(node)
    if (!branches) return
    const hasDefault = branches.some((branch) => branch.default)
    const conditional = branches.filter((branch) => branch.condition)
    const byField = new Map<string, RangedBranch[]>()
    branches.forEach((branch, index) => {
      const ranged = branch.condition && fieldRange(branch.condition, context.form)
      if (!ranged) return
      const list = byField.get(ranged.field) ?? []
      list.push({ ...ranged, branch, index })
      byField.set(ranged.field, list)
    })
    for (const [field, ranged] of byField) {
      // Only when nothing else could catch a value does a gap stop the instance.
      const stops = !hasDefault && ranged.length === conditional.length
      const named = { node: { en: nameEn(node), zh: nameZh(node) }, field: fieldNames(context, field) }
      findings.push(...checkField(n, named, ranged, hasDefault, stops))
    }
  })
  return findings
}

function fieldNames(context: Parameters<Rule>[0], id: string): { en: string; zh: string } {
  const field = context.form.byId.get(id)?.field
  return field ? { en: nameEn(field), zh: nameZh(field) } : { en: id, zh: id }
}

function checkField(
  n: number,
  named: { node: { en: string; zh: string }; field: { en: string; zh: string } },
  ranged: readonly RangedBranch[],
  hasDefault: boolean,
  stops: boolean,
): Finding[] {
  const findings: Finding[] = []
  const covered: RangedBranch[] = []
  for (const item of ranged) {
    const { branch, index, range, grid } = item
    const path = nodePath(n, 'branches', index, 'condition')
    if (isEmpty(range, grid)) {
      findings.push(
        finding(
          'condition.branchNeverMatches',
          'error',
          path,
          `Branch '${branch.id}' of condition node '${named.node.en}' can never be taken: no value of '${named.field.en}' satisfies it`,
          `条件节点“${named.node.zh}”的分支“${branch.id}”永远不会执行：字段“${named.field.zh}”没有满足它的取值`,
        ),
      )
      continue
    }
    const fresh = subtractAll(
      range,
      covered.map((earlier) => earlier.range),
      grid,
    )
    const overlapping = covered.filter((earlier) => !isEmpty(intersect(range, earlier.range), grid))
    const names = overlapping.map((earlier) => `'${earlier.branch.id}'`).join(', ')
    if (fresh.length === 0) {
      findings.push(
        finding(
          'condition.branchShadowed',
          'error',
          path,
          `Branch '${branch.id}' of condition node '${named.node.en}' can never be taken: every value of '${named.field.en}' it accepts is taken first by ${names}`,
          `条件节点“${named.node.zh}”的分支“${branch.id}”永远不会执行：它接受的“${named.field.zh}”取值都会先被分支 ${names} 接走`,
        ),
      )
    } else if (overlapping.length > 0) {
      const shared = overlapping.map((earlier) => describe(intersect(range, earlier.range)))
      findings.push(
        finding(
          'condition.rangeOverlap',
          'warning',
          path,
          `Branch '${branch.id}' of condition node '${named.node.en}' overlaps ${names} on '${named.field.en}' (${shared.map((s) => s.en).join('; ')}); the first matching branch wins, so those values never take '${branch.id}'`,
          `条件节点“${named.node.zh}”的分支“${branch.id}”与分支 ${names} 在“${named.field.zh}”上重叠（${shared.map((s) => s.zh).join('；')}）；按顺序先满足的分支生效，这些取值不会进入“${branch.id}”`,
        ),
      )
    }
    covered.push(item)
  }
  const grid = ranged[0]?.grid
  const gaps = subtractAll(
    everything,
    covered.map((item) => item.range),
    grid,
  ).filter((gap) => !hasDefault || (gap.lower && gap.upper))
  for (const gap of gaps) {
    const text = describe(gap)
    const caught = hasDefault
      ? { en: 'they take the default branch', zh: '这些取值将进入默认分支' }
      : { en: 'no branch takes them', zh: '没有分支接收这些取值' }
    findings.push(
      finding(
        'condition.rangeGap',
        stops ? 'error' : 'warning',
        nodePath(n, 'branches'),
        `The branches of condition node '${named.node.en}' leave ${text.en} of '${named.field.en}' uncovered; ${caught.en}`,
        `条件节点“${named.node.zh}”的分支没有覆盖“${named.field.zh}”的${text.zh}；${caught.zh}`,
      ),
    )
  }
  return findings
}
