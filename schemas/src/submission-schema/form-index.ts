import type { Condition, Field, FormDefinition } from '../generated/types.ts'
import { SubmissionSchemaError } from './errors.ts'
import { fieldName } from './json-schema.ts'
import { type ValueRule, valueRule } from './value-rules.ts'

type KeyedRule = Exclude<ValueRule<Field>, { kind: 'none' | 'layout' }>

/** A field that has a key in the submission (or in a row of its table). */
export interface KeyedField {
  field: Field
  rule: KeyedRule
  /** visibleWhen of the layouts around the field and of the field itself, outermost first. */
  visibleWhen: Condition[]
}

export interface FormIndex {
  /** The top-level keys in form order: valued fields, tables and formulas, layouts looked through. */
  fields: Map<string, KeyedField>
  /** The columns of each table, by table id and column id. */
  columns: Map<string, Map<string, KeyedField>>
}

function keyed(field: Field, visibleWhen: Condition[]): KeyedField | undefined {
  const rule = valueRule(field)
  if (rule.kind === 'none' || rule.kind === 'layout') return undefined
  return { field, rule, visibleWhen: field.visibleWhen ? [...visibleWhen, field.visibleWhen] : visibleWhen }
}

function indexColumns(table: Field, tableColumns: Field[], ids: Set<string>): Map<string, KeyedField> {
  const columns = new Map<string, KeyedField>()
  for (const column of tableColumns) {
    const rule = valueRule(column)
    if (rule.kind === 'layout' || rule.kind === 'rows')
      throw new SubmissionSchemaError(
        `${fieldName(column)} is a ${column.type} inside the detail table ${fieldName(table)}; a table's columns cannot be tables, groups or columns`,
      )
    claim(ids, column)
    const entry = keyed(column, [])
    if (entry) columns.set(column.id, entry)
  }
  return columns
}

function claim(ids: Set<string>, field: Field): void {
  if (ids.has(field.id))
    throw new SubmissionSchemaError(`the field id "${field.id}" is used twice in this form`)
  ids.add(field.id)
}

/** Where every field's value lives in a submission; throws SubmissionSchemaError for forms no submission fits. */
export function indexForm(form: FormDefinition): FormIndex {
  const index: FormIndex = { fields: new Map(), columns: new Map() }
  const ids = new Set<string>()
  const visit = (fields: Field[], visibleWhen: Condition[]) => {
    for (const field of fields) {
      claim(ids, field)
      const rule = valueRule(field)
      if (rule.kind === 'layout') {
        visit(rule.children(field), field.visibleWhen ? [...visibleWhen, field.visibleWhen] : visibleWhen)
        continue
      }
      const entry = keyed(field, visibleWhen)
      if (!entry) continue
      index.fields.set(field.id, entry)
      if (rule.kind === 'rows') index.columns.set(field.id, indexColumns(field, rule.columns(field), ids))
    }
  }
  visit(form.fields, [])
  return index
}
