import type { Field, FormDefinition } from '@signoff/schemas'

/**
 * The generated form of workload 5 in both shapes: a Signoff form definition and the equivalent JSON
 * Schema for @rjsf/core. 20 rules hang on `amount`: 10 fields shown above a threshold, 5 required above
 * one, 5 formulas (one of them `total`, the figure the keystroke timing waits for).
 */
const label = (en: string) => ({ 'zh-CN': en, en })
export const visibleAbove = [5, 20, 50, 200, 500, 2000, 5000, 20000, 50000, 500000]
export const requiredAbove = [10, 100, 1000, 10000, 100000]
export const rates = [1.13, 0.06, 0.09, 0.13, 0.2]
const filler = ['text', 'number', 'select', 'textarea'] as const
const options = ['a', 'b', 'c']

/** `total` first, then the other formulas: amount × each rate, rounded to cents. */
export const formulaIds = rates.map((_, index) => (index === 0 ? 'total' : `tax${index}`))

export function formulaValues(amount: unknown): Record<string, number | undefined> {
  return Object.fromEntries(
    formulaIds.map((id, index) => [
      id,
      typeof amount === 'number' ? Math.round(amount * (rates[index] as number) * 100) / 100 : undefined,
    ]),
  )
}

function fillerField(index: number): Field {
  const type = filler[index % filler.length] as (typeof filler)[number]
  const base = { id: `f${index}`, label: label(`Field ${index}`) }
  if (type === 'select')
    return { ...base, type, options: options.map((value) => ({ value, label: label(value.toUpperCase()) })) }
  if (type === 'textarea') return { ...base, type, rows: 2 }
  return { ...base, type } as Field
}

export function signoffForm(size: number): FormDefinition {
  const amount = { field: 'amount', op: 'gt' as const }
  const fields: Field[] = [
    { id: 'amount', type: 'number', label: label('Amount') },
    ...formulaIds.map(
      (id, index): Field => ({
        id,
        type: 'formula',
        label: label(index === 0 ? 'Total' : `Tax ${index}`),
        expression: `form.amount * ${rates[index]}`,
        resultType: 'number',
        precision: 2,
      }),
    ),
    ...visibleAbove.map(
      (value, index): Field => ({
        id: `shown${index}`,
        type: 'text',
        label: label(`Shown above ${value}`),
        visibleWhen: { ...amount, value },
      }),
    ),
    ...requiredAbove.map(
      (value, index): Field => ({
        id: `needed${index}`,
        type: 'text',
        label: label(`Required above ${value}`),
        requiredWhen: { ...amount, value },
      }),
    ),
  ]
  for (let index = fields.length; index < size; index++) fields.push(fillerField(index))
  return { fields } as FormDefinition
}

type JsonSchema = Record<string, unknown>

/** The same fields for @rjsf/core: conditional required as if/then, formulas as read-only numbers. */
export function rjsfSchema(form: FormDefinition): { schema: JsonSchema; uiSchema: JsonSchema } {
  const properties: Record<string, JsonSchema> = {}
  const uiSchema: JsonSchema = {}
  const allOf: JsonSchema[] = []
  for (const field of form.fields) {
    const title = field.label?.en ?? field.id
    if (field.type === 'number') properties[field.id] = { type: 'number', title }
    else if (field.type === 'formula') properties[field.id] = { type: 'number', title, readOnly: true }
    else if (field.type === 'select')
      properties[field.id] = { type: 'string', title, enum: options, enumNames: options }
    else properties[field.id] = { type: 'string', title }
    if (field.type === 'textarea') uiSchema[field.id] = { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } }
    const when = field.requiredWhen as { value?: number } | undefined
    if (when?.value !== undefined)
      allOf.push({
        if: { properties: { amount: { exclusiveMinimum: when.value } }, required: ['amount'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable.
        then: { required: [field.id] },
      })
  }
  return { schema: { type: 'object', properties, allOf }, uiSchema }
}

/** Which of the visibility-ruled fields show at this amount (rjsf has no rules: the page hides them). */
export const hiddenAt = (amount: unknown): string[] =>
  visibleAbove.flatMap((value, index) =>
    typeof amount === 'number' && amount > value ? [] : [`shown${index}`],
  )
