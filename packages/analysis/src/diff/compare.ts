import type { PropertyChange } from './types.ts'

/** JSON equality where object key order does not matter. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameJson(item, b[i]))
    )
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  return [...keys].every((key) => sameJson(left[key], right[key]))
}

/** The top-level properties whose values differ, in the order they first appear. */
export function propertyChanges(
  before: object,
  after: object,
  ignore: readonly string[] = [],
): PropertyChange[] {
  const left = before as Record<string, unknown>
  const right = after as Record<string, unknown>
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter(
    (key) => !ignore.includes(key),
  )
  return keys
    .filter((key) => !sameJson(left[key], right[key]))
    .map((property) => ({ property, before: left[property], after: right[property] }))
}
