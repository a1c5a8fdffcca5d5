import type { Field, FormDefinition } from '@signoff/schemas'
import { everyField } from './every-field.ts'

/** A form of some of everyField's fields: small forms keep DOM queries quick. */
export function formWith(...ids: string[]): FormDefinition {
  const fields = ids.map((id) => {
    const field = everyField.fields.find((f: Field) => f.id === id)
    if (!field) throw new Error(`everyField has no field ${id}`)
    return field
  })
  return { fields }
}
