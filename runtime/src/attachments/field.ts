import type { AppDefinition, Field } from '@signoff/schemas'

/** A field anywhere in the form: inside layout fields' children and tables' columns too. */
export function findField(form: AppDefinition['form'], id: string): Field | undefined {
  const walk = (fields: readonly Field[]): Field | undefined => {
    for (const field of fields) {
      if (field.id === id) return field
      for (const key of ['children', 'columns'] as const) {
        const nested = (field as unknown as Record<string, unknown>)[key]
        if (Array.isArray(nested)) {
          const found = walk(nested as Field[])
          if (found) return found
        }
      }
    }
    return undefined
  }
  return walk(form.fields)
}

export interface UploadRule {
  accept?: readonly string[]
  maxSize?: number
}

/** The accept list and size limit a field sets for its files, when it sets them. */
export function uploadRule(field: Field): UploadRule {
  const { accept, maxSize } = field as { accept?: unknown; maxSize?: unknown }
  return {
    ...(Array.isArray(accept) ? { accept: accept as string[] } : {}),
    ...(typeof maxSize === 'number' ? { maxSize } : {}),
  }
}
