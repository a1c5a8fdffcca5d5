import type { Directory } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { demoDirectory } from './demo-directory.ts'
import { sampleSubmissions } from './samples.ts'
import { templates } from './templates.ts'

interface FieldLike {
  id: string
  type: string
  children?: FieldLike[]
  columns?: FieldLike[]
  options?: { value: string }[]
}

function valueFields(fields: readonly FieldLike[]): FieldLike[] {
  return fields.flatMap((field) => (field.children ? valueFields(field.children) : [field]))
}

// Every value names a field that takes input, and every choice is one the form offers.
function strayValues(fields: readonly FieldLike[], values: Record<string, unknown>, at: string): string[] {
  const byId = new Map(valueFields(fields).map((f) => [f.id, f]))
  return Object.entries(values).flatMap(([id, value]) => {
    const field = byId.get(id)
    if (!field || field.type === 'formula' || field.type === 'description') return [`${at}/${id}`]
    if (field.options && !field.options.some((o) => o.value === value)) return [`${at}/${id}`]
    if (field.columns) {
      const rows = value as Record<string, unknown>[]
      return rows.flatMap((row, i) => strayValues(field.columns ?? [], row, `${at}/${id}/${i}`))
    }
    return []
  })
}

const users = (directory: Directory) => new Set(directory.users.map((u) => u.id))

describe.each(templates)('the $key sample', ({ key, app, tenant }) => {
  const sample = sampleSubmissions[key]

  it('fills only input fields of the form, with offered options', () => {
    expect(strayValues(app.form.fields as FieldLike[], sample.values, '')).toEqual([])
  })

  it('is started by a member of the demo organization', () => {
    expect(users(demoDirectory).has(sample.initiator)).toBe(true)
    if (tenant === 'organization') expect(sample.initiator).not.toBe('admin')
  })

  it('fills every field the form requires', () => {
    const required = valueFields(app.form.fields as FieldLike[]).filter(
      (f) => (f as { required?: boolean }).required,
    )
    expect(required.map((f) => f.id).filter((id) => !(id in sample.values))).toEqual([])
  })
})
