import { humanize, leadingChinese } from '@signoff/analysis'
import type { FieldType } from '@signoff/schemas'
import common from '@signoff/schemas/json/common.schema.json'
import fieldBase from '@signoff/schemas/json/field-base.schema.json'
import { fieldCatalog, specOf } from '../form/field-catalog.ts'
import type { JsonSchemaNode } from './json-schema-node.ts'

/** How one property is edited; json is the fallback for whatever the generator cannot render. */
export type Editor =
  | { kind: 'string'; pattern?: string; maxLength?: number }
  | { kind: 'number'; integer: boolean; minimum?: number; maximum?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'multiEnum'; values: string[] }
  | { kind: 'const'; value: unknown }
  | { kind: 'i18n' }
  | { kind: 'options' }
  | { kind: 'stringList'; pattern?: string }
  | { kind: 'condition' }
  | { kind: 'formula' }
  | { kind: 'json' }

export interface PropertyModel {
  key: string
  /** Short name in each language: the Chinese word the schema's description starts with, else the key. */
  title: { 'zh-CN': string; en: string }
  description?: string
  required: boolean
  default?: unknown
  editor: Editor
}

const defs = (common as JsonSchemaNode).$defs ?? {}
/** Set in the property panel's own ways (id checked for uniqueness) or not at all (type, nested fields). */
const skipped = new Set(['type'])
const conditions = new Set(['visibleWhen', 'requiredWhen'])

function resolve(node: JsonSchemaNode): JsonSchemaNode {
  const ref = node.$ref
  if (!ref) return node
  const name = /#\/\$defs\/(\w+)$/.exec(ref)?.[1]
  const target = name ? defs[name] : undefined
  return target ? { ...target, ...node, $ref: undefined } : node
}

function isNestedFields(node: JsonSchemaNode): boolean {
  return node.type === 'array' && (node.items?.$ref ?? '').includes('field.schema.json')
}

export function editorFor(raw: JsonSchemaNode): Editor {
  if (raw.$ref?.endsWith('condition.schema.json')) return { kind: 'condition' }
  const node = resolve(raw)
  if (node.$ref) return { kind: 'json' }
  if (node.const !== undefined) return { kind: 'const', value: node.const }
  if (node.enum?.every((value) => typeof value === 'string'))
    return { kind: 'enum', values: [...node.enum] as string[] }
  // An expression-valued property says so in its description (formula.expression: "公式 CEL over …").
  if (node.type === 'string' && /\bCEL\b/.test(node.description ?? '')) return { kind: 'formula' }
  if (node.type === 'string')
    return {
      kind: 'string',
      ...(node.pattern ? { pattern: node.pattern } : {}),
      ...(node.maxLength ? { maxLength: node.maxLength } : {}),
    }
  if (node.type === 'number' || node.type === 'integer')
    return {
      kind: 'number',
      integer: node.type === 'integer',
      ...(node.minimum !== undefined ? { minimum: node.minimum } : {}),
      ...(node.maximum !== undefined ? { maximum: node.maximum } : {}),
    }
  if (node.type === 'boolean') return { kind: 'boolean' }
  if (node.type === 'object' && node.properties?.['zh-CN']) return { kind: 'i18n' }
  if (node.type === 'array' && node.items) {
    const items = resolve(node.items)
    if (items.type === 'string')
      return { kind: 'stringList', ...(items.pattern ? { pattern: items.pattern } : {}) }
    if (items.properties?.value && items.properties.label) return { kind: 'options' }
  }
  return { kind: 'json' }
}

// The same words the diff summary uses for a property, so "what changed" reads like the panel.
function titleOf(key: string, node: JsonSchemaNode): PropertyModel['title'] {
  return { 'zh-CN': leadingChinese(node.description) ?? key, en: humanize(key) }
}

function model(key: string, node: JsonSchemaNode, required: readonly string[]): PropertyModel {
  return {
    key,
    title: titleOf(key, node),
    ...(node.description ? { description: node.description } : {}),
    required: required.includes(key),
    ...(node.default !== undefined ? { default: node.default } : {}),
    editor: editorFor(node),
  }
}

/** The editable properties of a field type, in panel order: base, the type's own, then conditions. */
export function propertyModel(type: FieldType): PropertyModel[] {
  const own = fieldCatalog[type].schema
  const base = fieldBase as JsonSchemaNode
  const required = [...(base.required ?? []), ...(own.required ?? [])]
  const entries = (node: JsonSchemaNode) =>
    Object.entries(node.properties ?? {}).filter(
      ([key, value]) => !skipped.has(key) && !isNestedFields(value),
    )
  const baseEntries = entries(base)
  const ownKeys = new Set(entries(own).map(([key]) => key))
  return [
    ...baseEntries.filter(([key]) => !conditions.has(key) && !ownKeys.has(key)),
    ...entries(own),
    ...baseEntries.filter(([key]) => conditions.has(key)),
  ].map(([key, node]) => model(key, node, required))
}

/**
 * Narrows an editor with what the field itself knows: a default picks among the field's options,
 * a table's totals among its number and money columns.
 */
export function refineEditor(model: PropertyModel, field: Readonly<Record<string, unknown>>): Editor {
  const { editor } = model
  const valuesOf = (list: unknown, key: 'value' | 'id', keep: (item: Record<string, unknown>) => boolean) =>
    Array.isArray(list)
      ? (list as Record<string, unknown>[]).filter(keep).map((item) => String(item[key]))
      : null
  const values =
    model.key === 'default'
      ? valuesOf(field.options, 'value', () => true)
      : model.key === 'totals'
        ? valuesOf(field.columns, 'id', (column) => specOf(String(column.type))?.totalable === true)
        : null
  if (!values) return editor
  if (editor.kind === 'string') return { kind: 'enum', values }
  if (editor.kind === 'stringList') return { kind: 'multiEnum', values }
  return editor
}
