import { formEnvironment, planFormulas, type ValueType, valueTypes } from '@signoff/expression'
import { fieldPermissionsOf } from '@signoff/node-types'
import type { Field, FieldPermissions, FieldType, FlowNode, FormDefinition } from '@signoff/schemas'
import type { EngineDefinition } from './model/definition.ts'

export type Permission = 'read' | 'edit' | 'hidden'

function children(field: Field): Field[] {
  return 'children' in field && Array.isArray(field.children) ? (field.children as Field[]) : []
}

/**
 * Every valued top-level field id with its permission at a node. A child of a layout field without its
 * own entry inherits the layout field's. Unlisted fields are editable at the start node (the initiator
 * fills the form) and read-only elsewhere.
 */
export function permissionsAt(definition: EngineDefinition, node: FlowNode): Map<string, Permission> {
  const listed: FieldPermissions = fieldPermissionsOf(node) ?? {}
  const fallback: Permission = node.kind === 'start' ? 'edit' : 'read'
  const out = new Map<string, Permission>()
  const walk = (fields: readonly Field[], inherited: Permission) => {
    for (const field of fields) {
      const own = listed[field.id] ?? inherited
      const valueType: ValueType | undefined = valueTypes[field.type as FieldType]
      if (valueType?.layout) walk(children(field), own)
      else if (valueType?.shape(field) !== undefined) out.set(field.id, own)
    }
  }
  walk(definition.form.fields, fallback)
  return out
}

const computed = new WeakMap<FormDefinition, ReadonlySet<string>>()

/** Top-level formula fields: the system computes them, so a submitted value is dropped, never refused. */
export function computedFields(form: FormDefinition): ReadonlySet<string> {
  let found = computed.get(form)
  if (!found) {
    const { formulas } = planFormulas(formEnvironment(form).model)
    found = new Set([...formulas].filter(([, f]) => f.tableId === undefined).map(([id]) => id))
    computed.set(form, found)
  }
  return found
}
