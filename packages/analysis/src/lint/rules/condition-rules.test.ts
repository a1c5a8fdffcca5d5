import type { Condition, Field } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { lintContext } from '../context.ts'
import { app, edge, field, node, run, type Summary } from '../test-fixtures.ts'
import { conditionDefaults } from './condition-defaults.ts'
import { conditionRanges } from './condition-ranges.ts'

type BranchSpec = Condition | 'default'

const fields: Field[] = [
  field('money', 'amount'),
  field('number', 'ratio'),
  field('number', 'days', { precision: 0 }),
]

/** start → c → end, one edge per branch, branches b0, b1, ... in the given order. */
function conditionApp(specs: BranchSpec[]) {
  const branches = specs.map((spec, i) => ({
    id: `b${i}`,
    name: { 'zh-CN': `分支${i}` },
    ...(spec === 'default' ? { default: true } : { condition: spec }),
  }))
  return app({
    fields,
    nodes: [node('start', 'start'), node('condition', 'c', { branches }), node('end', 'end')],
    edges: [
      edge('in', 'start', 'c'),
      ...branches.map((branch) => edge(`to_${branch.id}`, 'c', 'end', branch.id)),
    ],
  })
}

const amount = (op: string, value: string | number): Condition =>
  ({ field: 'amount', op, value }) as Condition
const ratio = (op: string, value: string | number): Condition => ({ field: 'ratio', op, value }) as Condition
const days = (op: string, value: number): Condition => ({ field: 'days', op, value }) as Condition
const between = (...all: Condition[]): Condition => ({ all })

describe('condition defaults', () => {
  it.each<[string, BranchSpec[], Summary[]]>([
    ['one default, last', [amount('gt', '1'), 'default'], []],
    [
      'no default',
      [amount('gt', '1'), amount('lte', '1')],
      [['error', 'condition.noDefault', '/flow/nodes/1/branches']],
    ],
    [
      'two defaults',
      [amount('gt', '1'), 'default', 'default'],
      [['error', 'condition.manyDefaults', '/flow/nodes/1/branches/2']],
    ],
    [
      'default first',
      ['default', amount('gt', '1')],
      [['warning', 'condition.defaultNotLast', '/flow/nodes/1/branches/0']],
    ],
  ])('%s', (_, specs, expected) => {
    expect(run(conditionDefaults, conditionApp(specs))).toEqual(expected)
  })
})

describe('condition ranges', () => {
  it.each<[string, BranchSpec[], Summary[]]>([
    ['complementary bounds leave no gap', [amount('gte', '5000'), amount('lt', '5000'), 'default'], []],
    ['a single threshold with a default is the normal case', [amount('gt', '10000'), 'default'], []],
    [
      '> 5000 and < 5000 miss 5000, caught by the default',
      [amount('gt', '5000'), amount('lt', '5000'), 'default'],
      [['warning', 'condition.rangeGap', '/flow/nodes/1/branches']],
    ],
    [
      '> 5000 and < 5000 miss 5000 with no default to catch it',
      [amount('gt', '5000'), amount('lt', 5000)],
      [['error', 'condition.rangeGap', '/flow/nodes/1/branches']],
    ],
    [
      'a lone threshold without a default leaves the rest uncovered',
      [amount('gt', '10000')],
      [['error', 'condition.rangeGap', '/flow/nodes/1/branches']],
    ],
    [
      'ranges that overlap',
      [
        between(amount('gte', '1000'), amount('lte', '6000')),
        between(amount('gt', '5000'), amount('lt', '10000')),
        'default',
      ],
      [['warning', 'condition.rangeOverlap', '/flow/nodes/1/branches/1/condition']],
    ],
    [
      'a branch wholly taken by an earlier one',
      [amount('gt', '1000'), amount('gt', '5000.00'), 'default'],
      [['error', 'condition.branchShadowed', '/flow/nodes/1/branches/1/condition']],
    ],
    [
      'a branch taken by two earlier ones together',
      [amount('lte', '100'), amount('gt', '100'), amount('eq', '42'), 'default'],
      [['error', 'condition.branchShadowed', '/flow/nodes/1/branches/2/condition']],
    ],
    [
      'a range no value satisfies',
      [between(amount('gt', '10'), amount('lt', '5')), 'default'],
      [['error', 'condition.branchNeverMatches', '/flow/nodes/1/branches/0/condition']],
    ],
    [
      'money keeps two places, so 4999.99 and 5000 are neighbours',
      [amount('lte', '4999.99'), amount('gte', '5000'), 'default'],
      [],
    ],
    [
      'a number without precision has values between 4999.99 and 5000',
      [ratio('lte', '4999.99'), ratio('gte', 5000), 'default'],
      [['warning', 'condition.rangeGap', '/flow/nodes/1/branches']],
    ],
    [
      'whole days: at most 3 and at least 4 cover everything',
      [days('lte', 3), days('gte', 4), 'default'],
      [],
    ],
    [
      'other conditions are not ranges and are skipped',
      [{ initiator: 'role', op: 'in', value: ['pm'] }, { cel: 'amount > 1' }, amount('gt', '1'), 'default'],
      [],
    ],
    [
      'each field is analysed on its own',
      [amount('gt', '10'), ratio('gt', '10'), amount('lt', '10'), 'default'],
      [['warning', 'condition.rangeGap', '/flow/nodes/1/branches']],
    ],
  ])('%s', (_, specs, expected) => {
    expect(run(conditionRanges, conditionApp(specs))).toEqual(expected)
  })

  it('names the exact uncovered point', () => {
    const [gap] = conditionRanges(
      lintContext(conditionApp([amount('gt', '5000'), amount('lt', '5000'), 'default'])),
    )
    expect(gap?.message).toContain('the value 5000 of')
    expect(gap?.messageZh).toContain('取值 5000')
  })

  it('names an uncovered interval with its open and closed ends', () => {
    const [gap] = conditionRanges(lintContext(conditionApp([amount('gt', '10000')])))
    expect(gap?.message).toContain('values in (−∞, 10000]')
  })

  it('names the overlapping values', () => {
    const specs = [amount('lte', '6000'), amount('gte', '5000'), 'default'] as BranchSpec[]
    const [overlap] = conditionRanges(lintContext(conditionApp(specs)))
    expect(overlap?.message).toContain('[5000, 6000]')
  })
})
