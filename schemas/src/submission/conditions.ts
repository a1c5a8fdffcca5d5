import { Decimal } from '@signoff/decimal'
import type { Condition, ConditionLiteral, FieldComparison } from '../generated/types.ts'
import type { ValuedField } from './form-fields.ts'
import type { JsonSchema } from './json-schema.ts'
import { type CompareKind, isListKind } from './value-specs.ts'

/** The keyword that asks the injected evaluator; it is only ever placed at the root of a submission. */
export const evaluatedKeyword = 'evaluatedCondition'

type Op = FieldComparison['op']

const present = (id: string, schema: JsonSchema): JsonSchema => ({
  required: [id],
  properties: { [id]: schema },
})
const anyOf = (schemas: JsonSchema[]): JsonSchema => ({ anyOf: schemas })
const not = (schema: JsonSchema): JsonSchema => ({ not: schema })
const isText = (value: ConditionLiteral): value is string => typeof value === 'string'
// Only syntax characters may be escaped in a unicode-mode pattern (how Ajv compiles them).
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const exact = (value: ConditionLiteral) =>
  typeof value === 'boolean' ? undefined : Decimal.tryParse(value)?.toString()

type Positive = (id: string, values: ConditionLiteral[]) => JsonSchema | undefined

const decimalBound =
  (keyword: string): Positive =>
  (id, [value]) => {
    const bound = value === undefined ? undefined : exact(value)
    return bound === undefined ? undefined : present(id, { [keyword]: bound })
  }
const dateBound =
  (keyword: string): Positive =>
  (id, [value]) =>
    typeof value === 'string' ? present(id, { format: 'date', [keyword]: value }) : undefined
const equalText: Positive = (id, [value]) =>
  value !== undefined && isText(value) ? present(id, { const: value }) : undefined
const inText: Positive = (id, values) => (values.every(isText) ? present(id, { enum: values }) : undefined)
const equalDecimal: Positive = (id, [value]) => {
  const bound = value === undefined ? undefined : exact(value)
  return bound === undefined ? undefined : present(id, { decimalMinimum: bound, decimalMaximum: bound })
}

// The positive tests each kind of value supports. A missing value passes no positive test and every
// negated one (ne, notIn, notContains), as in the expression package.
const positives: Record<CompareKind, Partial<Record<Op, Positive>>> = {
  text: {
    eq: equalText,
    in: inText,
    contains: (id, [value]) =>
      value !== undefined && isText(value) ? present(id, { pattern: escapeRegExp(value) }) : undefined,
  },
  choice: { eq: equalText, in: inText },
  multi: {
    contains: (id, values) =>
      values.every(isText)
        ? present(id, { allOf: values.map((value) => ({ contains: { const: value } })) })
        : undefined,
    in: (id, values) => (values.every(isText) ? present(id, { contains: { enum: values } }) : undefined),
  },
  decimal: {
    eq: equalDecimal,
    in: (id, values) => {
      const each = values.map((value) => equalDecimal(id, [value]))
      return each.every((schema) => schema !== undefined) ? anyOf(each as JsonSchema[]) : undefined
    },
    gt: decimalBound('decimalExclusiveMinimum'),
    gte: decimalBound('decimalMinimum'),
    lt: decimalBound('decimalExclusiveMaximum'),
    lte: decimalBound('decimalMaximum'),
  },
  date: {
    eq: equalText,
    in: inText,
    gt: dateBound('formatExclusiveMinimum'),
    gte: dateBound('formatMinimum'),
    lt: dateBound('formatExclusiveMaximum'),
    lte: dateBound('formatMaximum'),
  },
  range: {},
  files: {},
  rows: {},
}

const negations: Partial<Record<Op, Op>> = { ne: 'eq', notIn: 'in', notContains: 'contains' }

function comparison(c: FieldComparison, fields: ReadonlyMap<string, ValuedField>): JsonSchema | undefined {
  const located = fields.get(c.field)
  const kind = located?.spec.compare?.(located.field)
  if (!kind) return undefined
  if (c.op === 'empty' || c.op === 'notEmpty') {
    if (c.value !== undefined) return undefined
    const empty = isListKind(kind)
      ? { properties: { [c.field]: { maxItems: 0 } } }
      : not({ required: [c.field] })
    return c.op === 'empty' ? empty : not(empty)
  }
  const values = c.value === undefined ? [] : Array.isArray(c.value) ? c.value : [c.value]
  if (values.length === 0) return undefined
  const base = negations[c.op]
  const positive = positives[kind][base ?? c.op]?.(c.field, values)
  if (!positive) return undefined
  return base ? not(positive) : positive
}

/**
 * A schema that holds for the submitted values (the root object) exactly when the condition does.
 * What a schema cannot test (the initiator, CEL, formula results, date-times, unknown fields) becomes
 * the evaluator keyword, and `needsEvaluator` is called for it.
 */
export function conditionSchema(
  condition: Condition,
  fields: ReadonlyMap<string, ValuedField>,
  needsEvaluator: (condition: Condition) => void,
): JsonSchema {
  const self = (c: Condition) => conditionSchema(c, fields, needsEvaluator)
  if ('all' in condition) return { allOf: condition.all.map(self) }
  if ('any' in condition) return anyOf(condition.any.map(self))
  if ('not' in condition) return not(self(condition.not))
  const schema = 'field' in condition ? comparison(condition, fields) : undefined
  if (schema) return schema
  needsEvaluator(condition)
  return { [evaluatedKeyword]: condition }
}
