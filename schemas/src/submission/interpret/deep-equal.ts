/**
 * Structural equality of JSON values as fast-deep-equal (Ajv's `equal`) decides it: arrays item by
 * item, objects by their own keys in any order, scalars by `===`.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (a.constructor !== b.constructor) return false
    if (Array.isArray(a)) {
      const other = b as unknown[]
      return a.length === other.length && a.every((item, i) => deepEqual(item, other[i]))
    }
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    if (!keys.every((key) => Object.hasOwn(b, key))) return false
    return keys.every((key) =>
      deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  }
  return Number.isNaN(a) && Number.isNaN(b)
}
