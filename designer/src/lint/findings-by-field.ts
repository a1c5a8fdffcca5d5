import type { Finding } from '@signoff/analysis'
import type { Field } from '@signoff/schemas'
import { walkFields } from '../form/field-tree.ts'

export interface PlacedFindings {
  /** Findings keyed by the id of the deepest field their JSON Pointer falls in. */
  byField: Map<string, Finding[]>
  /** Findings about anything else: the flow, settings, the app itself. */
  elsewhere: Finding[]
}

/** Sorts findings onto the fields their paths name, so the canvas can show each beside its field. */
export function placeFindings(fields: readonly Field[], findings: readonly Finding[]): PlacedFindings {
  const pointers = walkFields(fields)
    .map((item) => ({ id: item.field.id, pointer: item.pointer }))
    .sort((a, b) => b.pointer.length - a.pointer.length)
  const byField = new Map<string, Finding[]>()
  const elsewhere: Finding[] = []
  for (const item of findings) {
    const owner = pointers.find(({ pointer }) => item.path === pointer || item.path.startsWith(`${pointer}/`))
    if (!owner) {
      elsewhere.push(item)
      continue
    }
    byField.set(owner.id, [...(byField.get(owner.id) ?? []), item])
  }
  return { byField, elsewhere }
}
