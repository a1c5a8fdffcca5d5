import type { Field, FormDefinition } from '@signoff/schemas'
import type { FormValues, RuleContext } from '../types.ts'
import { fieldIndex } from './field-index.ts'
import { conditionHolds } from './live.ts'

export interface FieldState {
  /** Its visibleWhen holds (a layout field's children are shown only inside it). */
  visible: boolean
  /** Required now: `required`, or `requiredWhen` holds. */
  required: boolean
}

/**
 * Whether each field (table columns included) is shown and required for these values. Conditions read
 * top-level values, so a column's state is the same in every row.
 */
export function fieldStates(
  form: FormDefinition,
  values: FormValues,
  context: RuleContext,
): Map<string, FieldState> {
  const states = new Map<string, FieldState>()
  const holds = (field: Field, key: 'visibleWhen' | 'requiredWhen') => {
    const condition = field[key]
    return condition === undefined || conditionHolds(form, condition, values, context)
  }
  const add = (field: Field) =>
    states.set(field.id, {
      visible: holds(field, 'visibleWhen'),
      required: field.required === true || (field.requiredWhen !== undefined && holds(field, 'requiredWhen')),
    })
  for (const { field, columns } of fieldIndex(form).values()) {
    add(field)
    for (const column of columns?.values() ?? []) add(column)
  }
  return states
}
