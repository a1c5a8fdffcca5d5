import type { Condition, ConditionLiteral, FieldComparison } from '../generated/types.ts'
import { SubmissionSchemaError } from './errors.ts'
import type { FormIndex } from './form-index.ts'
import { fieldName, type JsonSchema } from './json-schema.ts'
import type { ConditionShape } from './value-rules.ts'

type Op = FieldComparison['op']

/** Tracks whether a translated condition handed any part to the injected evaluator. */
export interface Translation {
  usesEvaluator: boolean
}

// Ajv compiles patterns in unicode mode, where only syntax characters may be escaped.
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

type Test = (values: ConditionLiteral[]) => JsonSchema

const decimalKeywords = [
  'decimalMinimum',
  'decimalMaximum',
  'decimalExclusiveMinimum',
  'decimalExclusiveMaximum',
]
const formatKeywords = ['formatMinimum', 'formatMaximum', 'formatExclusiveMinimum', 'formatExclusiveMaximum']

function orderedTests(
  base: object,
  [min, max, exclusiveMin, exclusiveMax]: string[],
): Partial<Record<Op, Test>> {
  const bound =
    (keywords: (string | undefined)[]): Test =>
    ([value]) => ({
      ...base,
      ...Object.fromEntries(keywords.map((keyword) => [keyword, value])),
    })
  return {
    eq: bound([min, max]),
    gt: bound([exclusiveMin]),
    gte: bound([min]),
    lt: bound([exclusiveMax]),
    lte: bound([max]),
  }
}

const decimal = { type: ['string', 'number'] }

// The positive tests each shape supports, as a schema for a present value. ne, notIn and notContains
// are their negations and empty is the negation of notEmpty, so a missing value satisfies exactly the
// negated tests, as in the expression package.
const shapeTests: Record<ConditionShape, Partial<Record<Op, Test>>> = {
  text: {
    eq: ([v]) => ({ const: v }),
    in: (vs) => ({ enum: vs }),
    contains: ([v]) => ({ type: 'string', pattern: escapeRegExp(String(v)) }),
  },
  choice: { eq: ([v]) => ({ const: v }), in: (vs) => ({ enum: vs }) },
  decimal: {
    ...orderedTests(decimal, decimalKeywords),
    in: (vs) => ({ ...decimal, anyOf: vs.map((v) => ({ decimalMinimum: v, decimalMaximum: v })) }),
  },
  date: { ...orderedTests({ type: 'string', format: 'date' }, formatKeywords), in: (vs) => ({ enum: vs }) },
  datetime: orderedTests({ type: 'string', format: 'date-time' }, formatKeywords),
  multi: {
    contains: (vs) => ({ type: 'array', allOf: vs.map((v) => ({ contains: { const: v } })) }),
    in: (vs) => ({ type: 'array', contains: { enum: vs } }),
  },
  presence: {},
}

const negations: Partial<Record<Op, Op>> = { ne: 'eq', notIn: 'in', notContains: 'contains' }

function present(id: string, test: JsonSchema = {}): JsonSchema {
  return { type: 'object', required: [id], properties: { [id]: { filled: true, ...(test as object) } } }
}

function comparison(c: FieldComparison, index: FormIndex, translation: Translation): JsonSchema {
  const entry = index.fields.get(c.field)
  if (!entry) {
    const table = [...index.columns].find(([, columns]) => columns.has(c.field))?.[0]
    throw new SubmissionSchemaError(
      table
        ? `a condition tests "${c.field}", a column of the detail table "${table}"; test rows with a CEL condition`
        : `a condition tests "${c.field}", which is not a field of this form`,
    )
  }
  if (entry.rule.kind !== 'value') {
    if (entry.rule.kind === 'rows' && (c.op === 'empty' || c.op === 'notEmpty'))
      return c.op === 'notEmpty' ? present(c.field) : { not: present(c.field) }
    // A formula's value is computed by the server, so only the evaluator can know it.
    translation.usesEvaluator = true
    return { evaluatedCondition: c }
  }
  if (c.op === 'notEmpty') return present(c.field)
  if (c.op === 'empty') return { not: present(c.field) }
  const shape = entry.rule.condition(entry.field)
  const base = negations[c.op] ?? c.op
  const test = shapeTests[shape][base]
  if (!test) throw new SubmissionSchemaError(`${fieldName(entry.field)} cannot be tested with "${c.op}"`)
  const values = c.value === undefined ? [] : Array.isArray(c.value) ? c.value : [c.value]
  if (values.length === 0)
    throw new SubmissionSchemaError(`"${c.op}" needs a value for ${fieldName(entry.field)}`)
  const positive = present(c.field, test(values))
  return base === c.op ? positive : { not: positive }
}

/**
 * A condition as a schema over the whole submission. Comparisons on option, text, number, money and
 * date fields become JSON Schema; initiator tests, CEL and comparisons on formulas become the one
 * `evaluatedCondition` keyword, decided at validation time by the injected evaluator.
 */
export function conditionSchema(
  condition: Condition,
  index: FormIndex,
  translation: Translation,
): JsonSchema {
  if ('all' in condition) return { allOf: condition.all.map((c) => conditionSchema(c, index, translation)) }
  if ('any' in condition) return { anyOf: condition.any.map((c) => conditionSchema(c, index, translation)) }
  if ('not' in condition) return { not: conditionSchema(condition.not, index, translation) }
  if ('field' in condition) return comparison(condition, index, translation)
  translation.usesEvaluator = true
  return { evaluatedCondition: condition }
}
