import type { AppDefinition, Condition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { lintContext } from '../context.ts'
import { app, edge, field, node, run, type Summary } from '../test-fixtures.ts'
import { expressions } from './expressions.ts'

const fields = [
  field('money', 'amount'),
  field('text', 'note'),
  field('formula', 'double', { expression: 'form.amount * 2', resultType: 'money' }),
]

function withBranch(condition: Condition, extraFields = fields): AppDefinition {
  const branches = [
    { id: 'yes', name: { 'zh-CN': '是' }, condition },
    { id: 'no', name: { 'zh-CN': '否' }, default: true },
  ]
  return app({
    fields: extraFields,
    nodes: [node('start', 'start'), node('condition', 'c', { branches }), node('end', 'end')],
    edges: [edge('in', 'start', 'c'), edge('y', 'c', 'end', 'yes'), edge('n', 'c', 'end', 'no')],
  })
}

const cases: [string, AppDefinition, Summary[]][] = [
  ['well-typed conditions and formulas pass', withBranch({ field: 'amount', op: 'gt', value: '5000' }), []],
  ['a CEL condition on known fields passes', withBranch({ cel: 'form.amount > 10 && form.note != ""' }), []],
  [
    'a CEL condition naming a missing field',
    withBranch({ cel: 'form.ghost > 1' }),
    [['error', 'expression.unknownField', '/flow/nodes/1/branches/0/condition/cel']],
  ],
  [
    'an operator the field type does not have',
    withBranch({
      all: [
        { field: 'amount', op: 'gt', value: '1' },
        { field: 'amount', op: 'contains', value: 'x' },
      ],
    }),
    [['error', 'condition.operator', '/flow/nodes/1/branches/0/condition/all/1/op']],
  ],
  [
    'a visibility condition that does not give true or false',
    app({
      fields: [field('money', 'amount'), field('text', 'why', { visibleWhen: { cel: 'form.amount' } })],
    }),
    [['error', 'expression.resultType', '/form/fields/1/visibleWhen/cel']],
  ],
  [
    'a formula naming a missing field',
    withBranch({ field: 'amount', op: 'gt', value: '1' }, [
      field('money', 'amount'),
      field('formula', 'total', { expression: 'form.ghost + 1', resultType: 'number' }),
    ]),
    [['error', 'expression.unknownField', '/form/fields/1/expression']],
  ],
]

describe('expression checks', () => {
  it.each(cases)('%s', (_, definition, expected) => {
    expect(run(expressions, definition)).toEqual(expected)
  })

  it('leaves missing fields in structured comparisons to the condition field rule', () => {
    expect(run(expressions, withBranch({ field: 'ghost', op: 'eq', value: 'x' }))).toEqual([])
  })

  it('words a CEL condition problem in Chinese from the expression checker', () => {
    const [item] = expressions(lintContext(withBranch({ cel: 'form.ghost > 1' })))
    expect(item?.message).toBe('there is no field "ghost" in this form')
    expect(item?.messageZh).toBe('条件有误：表单中没有字段“ghost”')
  })

  it('uses the Chinese message of a structured comparison as it is', () => {
    const [item] = expressions(lintContext(withBranch({ field: 'amount', op: 'contains', value: 'x' })))
    expect(item?.messageZh).toMatch(/^amount 不能用“contains”判断；可用：/)
  })

  it('names the formula field and the types in owner words', () => {
    const definition = withBranch({ field: 'amount', op: 'gt', value: '1' }, [
      field('text', 'supplier'),
      field('formula', 'total', {
        label: { 'zh-CN': '合计' },
        expression: 'form.supplier',
        resultType: 'money',
      }),
    ])
    const [item] = expressions(lintContext(definition))
    expect(item?.message).toBe('the expression gives text, but a number or a whole number is needed')
    expect(item?.messageZh).toBe('公式 合计（total）：表达式得到的是文本，这里需要金额')
  })
})
