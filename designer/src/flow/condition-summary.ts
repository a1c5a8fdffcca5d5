import type { Condition, ConditionLiteral, FieldComparison, InitiatorTest } from '@signoff/schemas'
import type { Locale } from '../i18n/dictionary.ts'
import type { SummaryContext } from './summary-context.ts'

type Words = Record<Locale, string>

const comparisons = {
  eq: { 'zh-CN': '=', en: '=' },
  ne: { 'zh-CN': '≠', en: '≠' },
  gt: { 'zh-CN': '>', en: '>' },
  gte: { 'zh-CN': '≥', en: '≥' },
  lt: { 'zh-CN': '<', en: '<' },
  lte: { 'zh-CN': '≤', en: '≤' },
  in: { 'zh-CN': '属于', en: 'in' },
  notIn: { 'zh-CN': '不属于', en: 'not in' },
  contains: { 'zh-CN': '包含', en: 'contains' },
  notContains: { 'zh-CN': '不包含', en: 'does not contain' },
  empty: { 'zh-CN': '为空', en: 'is empty' },
  notEmpty: { 'zh-CN': '不为空', en: 'is not empty' },
} satisfies Record<FieldComparison['op'], Words>

const initiatorTests = {
  user: { 'zh-CN': '发起人', en: 'Initiator' },
  role: { 'zh-CN': '发起人角色', en: "Initiator's role" },
  department: { 'zh-CN': '发起人部门', en: "Initiator's department" },
} satisfies Record<InitiatorTest['initiator'], Words>

const memberships = {
  in: { 'zh-CN': '属于', en: 'in' },
  notIn: { 'zh-CN': '不属于', en: 'not in' },
  within: { 'zh-CN': '在', en: 'within' },
  notWithin: { 'zh-CN': '不在', en: 'not within' },
} satisfies Record<InitiatorTest['op'], Words>

const joiners = {
  all: { 'zh-CN': ' 且 ', en: ' and ' },
  any: { 'zh-CN': ' 或 ', en: ' or ' },
  not: { 'zh-CN': '非', en: 'not ' },
}

function literal(value: ConditionLiteral | ConditionLiteral[] | undefined): string {
  if (value === undefined) return ''
  return Array.isArray(value) ? value.map(String).join('、') : String(value)
}

/** A condition as one line the owner reads on the canvas: field names, symbols, and/or. */
export function describeCondition(condition: Condition, ctx: SummaryContext, nested = false): string {
  const { locale } = ctx
  const group = (items: Condition[], joiner: Words) => {
    const text = items.map((item) => describeCondition(item, ctx, true)).join(joiner[locale])
    return nested && items.length > 1 ? `(${text})` : text
  }
  if ('all' in condition) return group(condition.all, joiners.all)
  if ('any' in condition) return group(condition.any, joiners.any)
  if ('not' in condition) return `${joiners.not[locale]}(${describeCondition(condition.not, ctx)})`
  if ('cel' in condition) return condition.cel
  if ('initiator' in condition) {
    const name = { user: ctx.user, role: ctx.role, department: ctx.department }[condition.initiator]
    const values = condition.value.map(name).join('、')
    return `${initiatorTests[condition.initiator][locale]} ${memberships[condition.op][locale]} ${values}`
  }
  const value = literal(condition.value)
  return [ctx.field(condition.field), comparisons[condition.op][locale], value].filter(Boolean).join(' ')
}
