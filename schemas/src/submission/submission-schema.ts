import type { Condition, FormDefinition } from '../generated/types.ts'
import { conditionSchema } from './conditions.ts'
import { formFields, type ValuedField } from './form-fields.ts'
import { compact, type JsonSchema } from './json-schema.ts'
import { isListKind, type ValueContext } from './value-specs.ts'

export interface DerivedSubmission {
  schema: JsonSchema
  /** Where a condition needs the injected evaluator, as "fieldId.visibleWhen" or "fieldId.requiredWhen". */
  evaluatorNeededBy: string[]
}

const isList = ({ spec, field }: ValuedField) => isListKind(spec.compare?.(field))
const alwaysRequired = (v: ValuedField) =>
  v.field.required === true && !v.spec.computed && v.visibleWhen.length === 0
/** What a required value must have beyond its type: a list needs an entry (strings are never empty). */
const filled = (v: ValuedField): JsonSchema => (isList(v) ? { minItems: 1 } : {})
const demand = (v: ValuedField): JsonSchema => ({
  required: [v.field.id],
  properties: { [v.field.id]: filled(v) },
})
const hide = (id: string): JsonSchema => ({ properties: { [id]: false } })
// biome-ignore lint/suspicious/noThenProperty: if/then is the JSON Schema keyword pair, not a promise.
const ifThen = (test: JsonSchema, consequence: JsonSchema): JsonSchema => ({ if: test, then: consequence })

function valueSchema(v: ValuedField, context: ValueContext): JsonSchema {
  const schema = v.spec.value?.(v.field, context) ?? {}
  if (!alwaysRequired(v) || !isList(v)) return schema
  return { ...schema, minItems: Math.max(Number(schema.minItems ?? 0), 1) }
}

function objectOf(fields: Iterable<ValuedField>, context: ValueContext): JsonSchema {
  const list = [...fields]
  return {
    type: 'object',
    properties: Object.fromEntries(list.map((v) => [v.field.id, valueSchema(v, context)])),
    required: list.filter(alwaysRequired).map((v) => v.field.id),
    additionalProperties: false,
  }
}

/**
 * The JSON Schema (2020-12) of the values an employee submits for this form, for the browser and the
 * server alike. It uses the formats and keywords that `createSubmissionAjv` registers.
 */
export function deriveSubmission(form: FormDefinition): DerivedSubmission {
  const { top, tables } = formFields(form)
  const needed = new Set<string>()
  const rules: JsonSchema[] = []
  const holds = (conditions: Condition[], site: string) => {
    const [only] = conditions
    const condition = conditions.length === 1 && only ? only : { all: conditions }
    return conditionSchema(condition, top, () => needed.add(site))
  }

  // Each rule tests the root object (conditions read top-level fields); `within` moves its consequence
  // into every row when the field is a column of a detail table.
  const addRules = (v: ValuedField, within: (schema: JsonSchema) => JsonSchema) => {
    const { id, requiredWhen, required } = v.field
    if (v.visibleWhen.length > 0) {
      const visible = holds(v.visibleWhen, `${id}.visibleWhen`)
      rules.push({ if: visible, else: within(hide(id)) })
      if (required && !v.spec.computed) rules.push(ifThen(visible, within(demand(v))))
    }
    if (requiredWhen && !required && !v.spec.computed)
      rules.push(ifThen(holds([...v.visibleWhen, requiredWhen], `${id}.requiredWhen`), within(demand(v))))
  }

  const context: ValueContext = {
    row: (table) => objectOf(tables.get(table.id)?.values() ?? [], context),
  }

  for (const v of top.values()) addRules(v, (schema) => schema)
  for (const [tableId, columns] of tables)
    for (const column of columns.values())
      addRules(column, (schema) => ({ properties: { [tableId]: { items: schema } } }))

  const schema = compact({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...objectOf(top.values(), context),
    allOf: rules.length > 0 ? rules : undefined,
  })
  return { schema, evaluatorNeededBy: [...needed] }
}

export function submissionSchema(form: FormDefinition): JsonSchema {
  return deriveSubmission(form).schema
}
