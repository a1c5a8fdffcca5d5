import type { ConditionLiteral, FieldComparison, InitiatorTest } from '@signoff/schemas'
import type { ConditionField } from './condition-fields.ts'
import {
  type InitiatorOperator,
  type InitiatorSubject,
  initiatorOperators,
  listOperators,
  type Operator,
  shapeOperators,
  takesValue,
} from './operators.ts'

type Value = FieldComparison['value']

/** A comparison of the field with the first operator its shape offers and no value yet. */
export function newComparison({ field, shape }: ConditionField): FieldComparison {
  return { field: field.id, op: shapeOperators[shape].ops[0] }
}

export function operatorsFor({ shape }: ConditionField): readonly Operator[] {
  return shapeOperators[shape].ops
}

/** Another field: keeps the operator and value only while the new field's shape reads them the same way. */
export function withField(
  leaf: FieldComparison,
  next: ConditionField,
  previous?: ConditionField,
): FieldComparison {
  if (previous && previous.shape === next.shape && !('options' in next.field))
    return { ...leaf, field: next.field.id }
  return newComparison(next)
}

function fitValue(op: Operator, value: Value): Value {
  if (!takesValue(op) || value === undefined) return undefined
  const list = Array.isArray(value) ? value : [value]
  if (listOperators.has(op)) return list
  return Array.isArray(value) ? value[0] : value
}

/** Another operator: the value follows (a list for in/notIn, one value otherwise, none for empty tests). */
export function withOp(leaf: FieldComparison, op: Operator): FieldComparison {
  return withValue({ field: leaf.field, op }, fitValue(op, leaf.value))
}

/** Sets the value; nothing (undefined, "" or an empty list) removes it. */
export function withValue(leaf: FieldComparison, value: Value): FieldComparison {
  const { value: _old, ...rest } = leaf
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  return empty ? rest : { ...rest, value }
}

export function newInitiatorTest(initiator: InitiatorSubject): InitiatorTest {
  return { initiator, op: initiatorOperators[initiator][0], value: [] }
}

export function withInitiatorOp(leaf: InitiatorTest, op: InitiatorOperator): InitiatorTest {
  return { ...leaf, op }
}

export function listOf(value: Value): ConditionLiteral[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
