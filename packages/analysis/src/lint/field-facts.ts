import type { Field, FieldType } from '@signoff/schemas'

/**
 * What a field's value is, as far as references to it are concerned. `none`: the field has no value
 * (static text, layout); `rows`: a detail table.
 */
export type ValueKind =
  | 'none'
  | 'text'
  | 'number'
  | 'money'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'dateRange'
  | 'option'
  | 'options'
  | 'member'
  | 'department'
  | 'files'
  | 'rows'

export interface FieldFacts {
  value: ValueKind
  /** layout: children whose values stay top-level; table: columns whose values live in rows. */
  container?: 'layout' | 'table'
  /** The system computes the value; nobody types it. */
  computed?: true
}

export const fieldFacts = {
  text: { value: 'text' },
  textarea: { value: 'text' },
  number: { value: 'number' },
  money: { value: 'money' },
  date: { value: 'date' },
  datetime: { value: 'datetime' },
  dateRange: { value: 'dateRange' },
  select: { value: 'option' },
  radio: { value: 'option' },
  multiSelect: { value: 'options' },
  checkbox: { value: 'options' },
  member: { value: 'member' },
  department: { value: 'department' },
  attachment: { value: 'files' },
  image: { value: 'files' },
  table: { value: 'rows', container: 'table' },
  // The result type decides; see valueKindOf.
  formula: { value: 'text', computed: true },
  description: { value: 'none' },
  creditCode: { value: 'text' },
  idNumber: { value: 'text' },
  email: { value: 'text' },
  bankAccount: { value: 'text' },
  phone: { value: 'text' },
  group: { value: 'none', container: 'layout' },
  columns: { value: 'none', container: 'layout' },
} satisfies Record<FieldType, FieldFacts>

const formulaResults: Record<string, ValueKind> = {
  number: 'number',
  money: 'money',
  text: 'text',
  boolean: 'boolean',
  date: 'date',
}

export function factsOf(field: Field): FieldFacts | undefined {
  return Object.hasOwn(fieldFacts, field.type) ? fieldFacts[field.type as FieldType] : undefined
}

export function valueKindOf(field: Field): ValueKind {
  const facts = factsOf(field)
  if (!facts) return 'none'
  const resultType = (field as { resultType?: unknown }).resultType
  if (facts.computed && typeof resultType === 'string') return formulaResults[resultType] ?? facts.value
  return facts.value
}
