import type { Field, FieldType } from '@signoff/schemas'
import { childrenOf } from '../rules/field-index.ts'
import type { FormValues, RuleContext } from '../types.ts'
import { choiceRenderers } from './choice-fields.tsx'
import { dateRenderers } from './date-fields.tsx'
import { directoryRenderers } from './directory-fields.tsx'
import type { FieldRenderer } from './field-props.ts'
import { fileRenderers } from './file-fields.tsx'
import { layoutRenderers } from './layout-fields.tsx'
import { moneyRenderer } from './money-field.tsx'
import { numberRenderer } from './number-field.tsx'
import { staticRenderers } from './static-fields.tsx'
import { tableRenderer } from './table-field.tsx'
import { textRenderers } from './text-fields.tsx'

type FieldOf<T extends FieldType> = Extract<Field, { type: T }>

/** How each field type is filled in, read and started: one entry per type of the schema. */
export const fieldRenderers = {
  ...textRenderers,
  ...choiceRenderers,
  ...dateRenderers,
  ...directoryRenderers,
  ...fileRenderers,
  ...layoutRenderers,
  ...staticRenderers,
  number: numberRenderer,
  money: moneyRenderer,
  table: tableRenderer,
} satisfies { [T in FieldType]: FieldRenderer<FieldOf<T>> }

export function rendererOf(field: Field): FieldRenderer | undefined {
  return Object.hasOwn(fieldRenderers, field.type)
    ? (fieldRenderers[field.type as FieldType] as FieldRenderer)
    : undefined
}

/** One field's starting value from its default (today, the initiator, their department…). */
export function initialValue(field: Field, context: RuleContext): unknown {
  return rendererOf(field)?.initial?.(field, context, (column) => initialValue(column, context))
}

/** The values a new submission starts with: each field's default, layout fields' children included. */
export function initialValues(form: { fields: readonly Field[] }, context: RuleContext): FormValues {
  const values: FormValues = {}
  const walk = (fields: readonly Field[]) => {
    for (const field of fields) {
      walk(childrenOf(field))
      const value = initialValue(field, context)
      if (value !== undefined) values[field.id] = value
    }
  }
  walk(form.fields)
  return values
}
