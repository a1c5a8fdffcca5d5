import type { Condition, Field, FormDefinition } from '../generated/types.ts'
import { type ValueSpec, valueSpec } from './value-specs.ts'

export interface ValuedField {
  field: Field
  spec: ValueSpec<Field>
  /** The field's visibleWhen and those of the layout fields around it: it is shown while all hold. */
  visibleWhen: Condition[]
}

/** A form's fields as a submission holds them: layout flattened, each detail table's columns by table id. */
export interface FormFields {
  top: Map<string, ValuedField>
  tables: Map<string, Map<string, ValuedField>>
}

const cache = new WeakMap<FormDefinition, FormFields>()

export function formFields(form: FormDefinition): FormFields {
  const cached = cache.get(form)
  if (cached) return cached
  const result: FormFields = { top: new Map(), tables: new Map() }
  collect(form.fields, [], result)
  cache.set(form, result)
  return result
}

function collect(fields: readonly Field[], outer: Condition[], into: FormFields): void {
  for (const field of fields) {
    const spec = valueSpec(field)
    const visibleWhen = field.visibleWhen ? [...outer, field.visibleWhen] : outer
    if (spec.children) collect(spec.children(field), visibleWhen, into)
    if (!spec.value) continue
    into.top.set(field.id, { field, spec, visibleWhen })
    if (spec.columns) into.tables.set(field.id, tableColumns(field, spec.columns(field)))
  }
}

// The schema cannot say "no table, group or columns inside a table" without naming those types a
// second time, so the rule is enforced here, where every type's facets are at hand.
function tableColumns(table: Field, columns: readonly Field[]): Map<string, ValuedField> {
  const result = new Map<string, ValuedField>()
  for (const column of columns) {
    const spec = valueSpec(column)
    if (spec.children || spec.columns)
      throw new Error(
        `detail table "${table.id}": column "${column.id}" is a ${column.type}; a detail table holds plain fields only`,
      )
    if (spec.value)
      result.set(column.id, {
        field: column,
        spec,
        visibleWhen: column.visibleWhen ? [column.visibleWhen] : [],
      })
  }
  return result
}

export function fieldName(field: Field): string {
  const label = field.label['zh-CN']
  return label === field.id ? `"${label}"` : `"${label}" (${field.id})`
}
