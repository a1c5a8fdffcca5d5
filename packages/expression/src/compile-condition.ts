import type {
  Condition,
  ConditionLiteral,
  FieldComparison,
  FormDefinition,
  InitiatorTest,
} from '@signoff/schemas'
import { celString, isSelectable } from './cel-literal.ts'
import { comparisonCel, listOperators, operands } from './condition-operands.ts'
import { ExpressionError } from './errors.ts'
import { props } from './field-props.ts'
import { type FormModel, formModel, locateField } from './form-model.ts'
import { type BilingualIssue, expectsZh, fieldNameZh } from './messages-zh.ts'
import { shapes } from './shapes.ts'
import { shapeOf } from './value-types.ts'

/** A problem found while translating; path is relative to the condition being translated. */
type Report = (issue: BilingualIssue) => void

export function fieldName(field: { id: string; label?: { 'zh-CN'?: string } }): string {
  const label = field.label?.['zh-CN']
  return label && label !== field.id ? `"${label}" (${field.id})` : `"${field.id}"`
}

function comparison(c: FieldComparison, model: FormModel, path: string, report: Report): string {
  const located = locateField(model, c.field)
  if (!located) {
    report({
      code: 'condition.unknownField',
      message: `there is no field "${c.field}" in this form`,
      messageZh: `表单中没有字段“${c.field}”`,
      path: `${path}/field`,
    })
    return 'false'
  }
  const { field, tableId } = located
  const name = fieldName(field)
  const nameZh = fieldNameZh(field)
  if (tableId) {
    const message = `${name} is a column of the detail table "${tableId}"; test its rows with a CEL condition such as form.${tableId}.exists(row, ...)`
    const messageZh = `${nameZh} 是明细表“${tableId}”的一列；请用 CEL 条件逐行判断，如 form.${tableId}.exists(row, ...)`
    report({ code: 'condition.columnField', message, messageZh, path: `${path}/field` })
    return 'false'
  }
  if (!isSelectable(field.id)) {
    const message = `the field id "${field.id}" is a reserved word in expressions; rename the field to test it`
    const messageZh = `字段标识“${field.id}”是表达式的保留字；请改个标识再用它做条件`
    report({ code: 'condition.reservedId', message, messageZh, path: `${path}/field` })
    return 'false'
  }
  const shape = shapeOf(field)
  if (!shape) return 'false'
  const spec = operands[shape]
  if (!(spec.ops as readonly string[]).includes(c.op)) {
    const message = `${name} cannot be tested with "${c.op}"; use one of ${spec.ops.join(', ')}`
    const messageZh = `${nameZh} 不能用“${c.op}”判断；可用：${spec.ops.join('、')}`
    report({ code: 'condition.operator', message, messageZh, path: `${path}/op` })
    return 'false'
  }
  const isPresence = c.op === 'empty' || c.op === 'notEmpty'
  const given: ConditionLiteral[] = c.value === undefined ? [] : Array.isArray(c.value) ? c.value : [c.value]
  const wantsList = listOperators.has(c.op) || (shapes[shape].list && Array.isArray(c.value))
  if (isPresence && c.value !== undefined) {
    const messageZh = `“${c.op}”不需要填值`
    report({ code: 'condition.value', message: `"${c.op}" takes no value`, messageZh, path: `${path}/value` })
  } else if (!isPresence && given.length === 0) {
    const message = `"${c.op}" needs a value for ${name}`
    const messageZh = `用“${c.op}”判断 ${nameZh} 需要填一个值`
    report({ code: 'condition.value', message, messageZh, path: `${path}/value` })
  } else if (!wantsList && Array.isArray(c.value)) {
    report({
      code: 'condition.value',
      message: `"${c.op}" takes one value, not a list`,
      messageZh: `“${c.op}”只接受一个值，不接受列表`,
      path: `${path}/value`,
    })
  }
  const options = props(field).options?.map((option) => option.value)
  const literals = given.map((value, index) => {
    const at = Array.isArray(c.value) ? `${path}/value/${index}` : `${path}/value`
    const literal = spec.literal(value)
    if (literal === undefined) {
      const message = `${name} is compared with ${JSON.stringify(value)}; use ${spec.expects}`
      const messageZh = `${nameZh} 被拿来和 ${JSON.stringify(value)} 比较；应填${expectsZh[shape]}`
      report({ code: 'condition.value', message, messageZh, path: at })
      return 'null'
    }
    if (options && typeof value === 'string' && !options.includes(value)) {
      const message = `${JSON.stringify(value)} is not an option of ${name} (options: ${options.join(', ')})`
      const messageZh = `${JSON.stringify(value)} 不是 ${nameZh} 的选项（可选：${options.join('、')}）`
      report({ code: 'condition.option', message, messageZh, path: at })
    }
    return literal
  })
  return comparisonCel(c.op, `form.${field.id}`, literals, shapes[shape].list)
}

const initiatorRefs = {
  user: { single: 'initiator.id', within: undefined },
  role: { list: 'initiator.roles', within: undefined },
  department: { single: 'initiator.department', within: 'initiator.departments' },
} as const

function initiatorTest(c: InitiatorTest, path: string, report: Report): string {
  const ref = initiatorRefs[c.initiator]
  const values = `[${c.value.map(celString).join(', ')}]`
  const negate = c.op === 'notIn' || c.op === 'notWithin'
  let test: string
  if (c.op === 'within' || c.op === 'notWithin') {
    if (!ref.within) {
      const message = `"${c.op}" applies to departments; use "in" or "notIn" for a ${c.initiator}`
      const kindZh = { user: '人员', role: '角色', department: '部门' }[c.initiator]
      const messageZh = `“${c.op}”只用于部门；判断${kindZh}请用“in”或“notIn”`
      report({ code: 'condition.operator', message, messageZh, path: `${path}/op` })
      return 'false'
    }
    test = `${ref.within}.exists(d, d in ${values})`
  } else {
    test = 'list' in ref ? `${ref.list}.exists(r, r in ${values})` : `${ref.single} in ${values}`
  }
  return negate ? `!(${test})` : `(${test})`
}

/** Translates a condition tree to CEL, reporting what does not fit the form instead of stopping at it. */
export function translateCondition(
  condition: Condition,
  model: FormModel,
  path: string,
  report: Report,
): string {
  if ('all' in condition || 'any' in condition) {
    const [key, parts, joiner] =
      'all' in condition ? ['all', condition.all, ' && '] : ['any', condition.any, ' || ']
    return `(${parts.map((part, i) => translateCondition(part, model, `${path}/${key}/${i}`, report)).join(joiner)})`
  }
  if ('not' in condition) return `!${translateCondition(condition.not, model, `${path}/not`, report)}`
  if ('cel' in condition) return `(${condition.cel})`
  if ('initiator' in condition) return initiatorTest(condition, path, report)
  return comparison(condition, model, path, report)
}

/** The CEL source of a structured condition; throws an ExpressionError ('type') if it does not fit the form. */
export function compileCondition(condition: Condition, form: FormDefinition): string {
  const issues: BilingualIssue[] = []
  const source = translateCondition(condition, formModel(form), '', (issue) => issues.push(issue))
  const [first] = issues
  if (first) throw new ExpressionError('type', `${first.path || '/'}: ${first.message}`)
  return source
}
