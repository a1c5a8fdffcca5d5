import type { Condition, Field, FormDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { checkCondition, checkExpression, checkFormula } from './check.ts'
import { ExpressionError } from './errors.ts'
import { celTypeZh, expressionErrorZh } from './messages-zh.ts'
import { testForm } from './test-form.ts'

const formula = (expression: string, resultType = 'money') =>
  ({ id: 'f', type: 'formula', label: { 'zh-CN': '报销额' }, expression, resultType }) as unknown as Field

describe('checkFormula in both languages', () => {
  it.each<[string, string, string, RegExp, RegExp]>([
    [
      'form.title',
      'money',
      'expression.resultType',
      /gives text, but a number or a whole number is needed/,
      /^表达式得到的是文本，这里需要金额$/,
    ],
    [
      'form.amount * 2',
      'text',
      'expression.resultType',
      /gives a number/,
      /^表达式得到的是数字，这里需要文本$/,
    ],
    ['form.amount > 1', 'date', 'expression.resultType', /true\/false/, /得到的是是\/否，这里需要日期/],
    ['form.nope', 'money', 'expression.unknownField', /no field "nope"/, /^表单中没有字段“nope”$/],
    [
      'form.amount +',
      'money',
      'expression.parse',
      /Unexpected token: EOF/,
      /^表达式不完整，结尾还缺少内容（第 \d+ 个字符处）$/,
    ],
    ['1 +* 2', 'money', 'expression.parse', /MULTIPLY/, /^这里不应出现“\*”（第 4 个字符处）$/],
    ['"abc', 'text', 'expression.parse', /Unterminated string/, /^文本缺少结束的引号（第 1 个字符处）$/],
    ['(1', 'money', 'expression.parse', /Expected RPAREN/, /^表达式不完整，缺少“\)”/],
    ['@', 'money', 'expression.parse', /Unexpected character/, /^无法识别的字符“@”/],
    ['foo(1)', 'money', 'expression.type', /no matching overload/, /^没有名为 foo 的函数（第 1 个字符处）$/],
    [
      'size("a", "b")',
      'number',
      'expression.type',
      /no matching overload/,
      /^函数 size\(\) 不接受 2 个参数（应为 1 个）/,
    ],
    [
      'form.title.startsWith(1)',
      'boolean',
      'expression.type',
      /no matching overload/,
      /^函数 文本\.startsWith\(\) 不接受这样的参数（整数）/,
    ],
    ['form.amount + "x"', 'money', 'expression.type', /no such overload/, /^数字和文本不能用“\+”运算/],
    ['x', 'money', 'expression.type', /Unknown variable: x/, /^不认识“x”；引用字段请写 form\.字段标识/],
    ['form.amount ? 1 : 2', 'money', 'expression.type', /Ternary/, /^“\?”前面的条件应为是\/否，却是数字/],
    ['form.amount.bar', 'money', 'expression.type', /No such key/, /^没有名为“bar”的字段或键/],
    ['x'.repeat(4001), 'money', 'expression.limit', /longer than/, /^表达式超过了 \d+ 个字符$/],
    [
      '',
      'money',
      'formula.expression',
      /"报销额" \(f\) has no expression/,
      /^公式字段 报销额（f） 还没有填写公式$/,
    ],
  ])('%s as %s → %s', (expression, resultType, code, en, zh) => {
    const issue = checkFormula(formula(expression, resultType), testForm).find((i) => i.code === code)
    expect(issue?.message).toMatch(en)
    expect(issue?.messageZh).toMatch(zh)
  })

  it('names every field of a cycle by its Chinese label', () => {
    const form = {
      fields: [
        {
          id: 'a',
          type: 'formula',
          label: { 'zh-CN': '甲' },
          expression: 'form.b + 1',
          resultType: 'number',
        },
        {
          id: 'b',
          type: 'formula',
          label: { 'zh-CN': '乙' },
          expression: 'form.a + 1',
          resultType: 'number',
        },
      ],
    } as unknown as FormDefinition
    const issue = checkFormula(form.fields[0] as Field, form).find((i) => i.code === 'formula.cycle')
    expect(issue?.message).toMatch(/depends on itself: a → b → a|depends on itself: b → a → b/)
    expect(issue?.messageZh).toMatch(
      /^甲（a） 的公式引用了它自己：(甲（a） → 乙（b） → 甲（a）|乙（b） → 甲（a） → 乙（b）)$/,
    )
  })

  it('names several expected types in Chinese', () => {
    const [issue] = checkExpression('form.amount', testForm, ['bool', 'timestamp'])
    expect(issue?.messageZh).toBe('表达式得到的是数字，这里需要是/否或时间')
  })

  it('falls back to the original text for a message it does not know, with the position', () => {
    expect(expressionErrorZh(new ExpressionError('type', 'something new', false, 4))).toBe(
      '表达式有误：something new（第 5 个字符处）',
    )
    expect(expressionErrorZh(new ExpressionError('eval', 'odd'))).toBe('表达式有误：odd')
  })
})

describe('checkCondition in both languages', () => {
  it.each<[string, Condition, string, RegExp]>([
    [
      'unknown field',
      { field: 'amout', op: 'gt', value: '1' },
      'condition.unknownField',
      /^表单中没有字段“amout”$/,
    ],
    [
      'column',
      { field: 'qty', op: 'gt', value: '1' },
      'condition.columnField',
      /^数量（qty） 是明细表“items”的一列/,
    ],
    [
      'operator',
      { field: 'amount', op: 'contains', value: '1' },
      'condition.operator',
      /^金额（amount） 不能用“contains”判断；可用：eq、/,
    ],
    [
      'value type',
      { field: 'amount', op: 'gt', value: 'abc' },
      'condition.value',
      /^金额（amount） 被拿来和 "abc" 比较；应填写成文本的数字/,
    ],
    [
      'option',
      { field: 'kind', op: 'in', value: ['a', 'c'] },
      'condition.option',
      /^"c" 不是 类型（kind） 的选项（可选：a、b）$/,
    ],
    ['takes no value', { field: 'kind', op: 'empty', value: 'a' }, 'condition.value', /^“empty”不需要填值$/],
    [
      'needs a value',
      { field: 'kind', op: 'eq' },
      'condition.value',
      /^用“eq”判断 类型（kind） 需要填一个值$/,
    ],
    [
      'not a list',
      { field: 'kind', op: 'eq', value: ['a'] },
      'condition.value',
      /^“eq”只接受一个值，不接受列表$/,
    ],
    [
      'within for a role',
      { initiator: 'role', op: 'within', value: ['x'] },
      'condition.operator',
      /^“within”只用于部门；判断角色/,
    ],
    [
      'CEL result',
      { cel: 'form.amount + 1' },
      'expression.resultType',
      /^表达式得到的是数字，这里需要是\/否$/,
    ],
    ['CEL overload', { cel: 'form.amount > "5000"' }, 'expression.type', /^数字和文本不能用“>”运算/],
    ['CEL unknown function', { cel: 'eval("1")' }, 'expression.type', /^没有名为 eval 的函数/],
  ])('%s', (_name, condition, code, zh) => {
    const issues = checkCondition(condition, testForm)
    const issue = issues.find((i) => i.code === code)
    expect(issue?.message.length).toBeGreaterThan(0)
    expect(issue?.messageZh).toMatch(zh)
    expect(issues.every((i) => i.messageZh.length > 0)).toBe(true)
  })
})

describe('celTypeZh', () => {
  it.each([
    ['string', '文本'],
    ['decimal', '数字'],
    ['int', '整数'],
    ['bool', '是/否'],
    ['list<string>', '文本列表'],
    ['map<string, dyn>', '对象'],
    ['Foo', 'Foo'],
  ])('%s → %s', (type, zh) => {
    expect(celTypeZh(type)).toBe(zh)
  })
})

describe('checkExpression in a table row', () => {
  it('reads row and words its problems in both languages', () => {
    expect(checkExpression('row.qty > 1', testForm, 'bool', 'items')).toEqual([])
    const [issue] = checkExpression('row.qty', testForm, 'bool', 'items')
    expect(issue).toMatchObject({
      code: 'expression.resultType',
      messageZh: '表达式得到的是数字，这里需要是/否',
    })
  })
})
