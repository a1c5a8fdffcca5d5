/**
 * A deep copy of plain JSON data, as JSON.parse(JSON.stringify(value)) gives it (undefined properties
 * dropped) without the detour through text.
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : cloneJson(item))) as T
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key]
    if (item !== undefined) out[key] = cloneJson(item)
  }
  return out as T
}
