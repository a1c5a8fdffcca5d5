/** The ids of every file value (`{id, name, size, mime}`) anywhere in a form's values, detail rows included. */
export function fileIdsIn(values: unknown): Set<string> {
  const ids = new Set<string>()
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item)
      return
    }
    if (value === null || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    if (typeof record.id === 'string' && typeof record.mime === 'string' && typeof record.size === 'number')
      ids.add(record.id)
    else for (const key of Object.keys(record)) walk(record[key])
  }
  walk(values)
  return ids
}
