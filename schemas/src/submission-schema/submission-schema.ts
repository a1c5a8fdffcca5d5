import type { Condition, FormDefinition } from '../generated/types.ts'
import { conditionSchema, type Translation } from './conditions.ts'
import { type FormIndex, indexForm, type KeyedField } from './form-index.ts'
import type { JsonSchema } from './json-schema.ts'

// maxRows when a table sets none: the table field schema's default.
const rowsAtMost = 200

type SchemaObject = { [keyword: string]: unknown }

/** A field whose value a visibility condition may remove: a top-level key, or a column in every row. */
export interface VisibilityRule {
  id: string
  tableId?: string
  /** Holds (over the whole submission) while the field is shown. */
  visible: JsonSchema
}

export interface SubmissionPlan {
  schema: SchemaObject
  index: FormIndex
  /** Some condition needs the injected evaluator (initiator tests, CEL, formula fields). */
  usesEvaluator: boolean
  visibility: VisibilityRule[]
}

/** Places a schema about one record (the submission, or every row of a table) at the submission's root. */
type Placement = (record: JsonSchema) => JsonSchema

const atRoot: Placement = (record) => record
const inRows =
  (tableId: string): Placement =>
  (record) => ({ type: 'object', properties: { [tableId]: { type: 'array', items: record } } })

const present = (id: string): JsonSchema => ({
  type: 'object',
  required: [id],
  properties: { [id]: { filled: true } },
})
const absent = (id: string): JsonSchema => ({ type: 'object', properties: { [id]: false } })

/** if/then/else. Built from entries: a literal `then` key reads to linters like a thenable. */
function conditional(condition: JsonSchema, then?: JsonSchema, otherwise?: JsonSchema): JsonSchema {
  const parts: [string, JsonSchema | undefined][] = [
    ['if', condition],
    ['then', then],
    ['else', otherwise],
  ]
  return Object.fromEntries(parts.filter(([, schema]) => schema !== undefined))
}

class Planner {
  readonly translation: Translation = { usesEvaluator: false }
  /** Conditional requirements and visibility, applied at the root: conditions read the whole submission. */
  readonly rules: JsonSchema[] = []
  readonly visibility: VisibilityRule[] = []

  constructor(readonly index: FormIndex) {}

  when(conditions: Condition[]): JsonSchema {
    const schemas = conditions.map((c) => conditionSchema(c, this.index, this.translation))
    return schemas.length === 1 ? (schemas[0] as JsonSchema) : { allOf: schemas }
  }

  /** One record (the submission or a row): its keys, the always-required ones, no unknown keys. */
  record(entries: Map<string, KeyedField>, place: Placement, tableId?: string): SchemaObject {
    const properties: Record<string, JsonSchema> = {}
    const required: string[] = []
    for (const [id, entry] of entries) {
      const value = this.value(entry)
      const always = entry.rule.kind !== 'computed' && entry.field.required && entry.visibleWhen.length === 0
      properties[id] = always ? { ...(value as object), filled: true } : value
      if (always) required.push(id)
      else if (entry.rule.kind !== 'computed') this.presence(entry, place, tableId)
    }
    return {
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
    }
  }

  value(entry: KeyedField): JsonSchema {
    const { field, rule } = entry
    // A formula's submitted value is ignored: the server recomputes it.
    if (rule.kind === 'computed') return {}
    if (rule.kind === 'value') return rule.schema(field)
    const table = field as { minRows?: number; maxRows?: number }
    const columns = this.index.columns.get(field.id) ?? new Map<string, KeyedField>()
    return {
      type: 'array',
      items: this.record(columns, inRows(field.id), field.id),
      ...(table.minRows === undefined ? {} : { minItems: table.minRows }),
      maxItems: table.maxRows ?? rowsAtMost,
    }
  }

  /** Required while visible (or while requiredWhen holds), and absent while hidden. */
  presence({ field, visibleWhen }: KeyedField, place: Placement, tableId: string | undefined): void {
    const requirement = field.required
      ? place(present(field.id))
      : field.requiredWhen
        ? conditional(this.when([field.requiredWhen]), place(present(field.id)))
        : undefined
    if (visibleWhen.length === 0) {
      if (requirement) this.rules.push(requirement)
      return
    }
    const visible = this.when(visibleWhen)
    this.visibility.push({ id: field.id, ...(tableId ? { tableId } : {}), visible })
    this.rules.push(conditional(visible, requirement, place(absent(field.id))))
  }
}

/** The submission schema with what validators and pruneHidden need besides it. */
export function planSubmission(form: FormDefinition): SubmissionPlan {
  const planner = new Planner(indexForm(form))
  const root = planner.record(planner.index.fields, atRoot)
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...root,
    ...(planner.rules.length ? { allOf: planner.rules } : {}),
  }
  return {
    schema,
    index: planner.index,
    usesEvaluator: planner.translation.usesEvaluator,
    visibility: planner.visibility,
  }
}

/**
 * The JSON Schema (2020-12) of what an employee submits for `form`, so that browser and server check
 * the same thing. It uses the keywords registered by createAjv (exact decimals, presence, file types,
 * date ranges, and `evaluatedCondition` for conditions only an expression evaluator can decide).
 */
export function submissionSchema(form: FormDefinition): SchemaObject {
  return planSubmission(form).schema
}
