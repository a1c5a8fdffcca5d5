import type { AppDefinition, Field } from '@signoff/schemas'
import { indexForm } from '../lint/form-index.ts'
import { propertyChanges } from './compare.ts'
import type { AppDiff, FieldRef } from './types.ts'

// Nested fields are compared as fields of their own, matched by id wherever they sit.
const nested = ['children', 'columns']

interface Located {
  ref: FieldRef
  field: Field
  /** Id of the group, columns layout or table the field sits in; undefined at the top. */
  parent: string | undefined
}

function locate(app: AppDefinition): Map<string, Located> {
  const located = new Map<string, Located>()
  const { entries } = indexForm(app.form)
  const parents = new Map<string, string>()
  for (const { field } of entries) {
    for (const key of nested) {
      const children = (field as unknown as Record<string, unknown>)[key]
      if (Array.isArray(children)) for (const child of children as Field[]) parents.set(child.id, field.id)
    }
  }
  for (const { field, path } of entries) {
    if (located.has(field.id)) continue
    located.set(field.id, {
      ref: { id: field.id, type: field.type, label: field.label, path },
      field,
      parent: parents.get(field.id),
    })
  }
  return located
}

// `required` is the one base property whose absence reads as a value owners think in.
function normalized(field: Field): Field {
  return { required: false, ...field }
}

export function diffFields(before: AppDefinition, after: AppDefinition): AppDiff['fields'] {
  const old = locate(before)
  const now = locate(after)
  const result: AppDiff['fields'] = { added: [], removed: [], changed: [] }
  for (const [id, item] of now) {
    const previous = old.get(id)
    if (!previous) {
      result.added.push(item.ref)
      continue
    }
    const changes = propertyChanges(normalized(previous.field), normalized(item.field), nested)
    if (previous.parent !== item.parent) {
      changes.push({ property: 'parent', before: previous.parent, after: item.parent })
    }
    if (changes.length > 0) result.changed.push({ ...item.ref, changes })
  }
  for (const [id, item] of old) if (!now.has(id)) result.removed.push(item.ref)
  return result
}
