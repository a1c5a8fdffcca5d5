import type { ErrorBody } from '../api/client.ts'

/** Messages keyed by the JSON Pointer into the form values ("/items/0/amount"), as the renderer reads them. */
export type FieldErrors = Record<string, string>

const valuesPrefix = '/values'

function underValues(path: string | undefined): string | undefined {
  if (path === undefined || (path !== valuesPrefix && !path.startsWith(`${valuesPrefix}/`))) return undefined
  return path.slice(valuesPrefix.length) || '/'
}

/**
 * Splits a 400 answer into the messages that belong on a field (paths under /values) and the ones
 * that do not (shown above the form). The first message of a field is kept.
 */
export function fieldErrorsOf(error: ErrorBody): { fields: FieldErrors; general: string[] } {
  const issues = error.issues?.length ? error.issues : [{ path: error.path, message: error.message }]
  const fields: FieldErrors = {}
  const general: string[] = []
  for (const issue of issues) {
    const message = issue.message ?? error.message
    const pointer = underValues(issue.path)
    if (pointer === undefined || pointer === '/') general.push(message)
    else fields[pointer] ??= message
  }
  return { fields, general }
}

/** The top-level field a pointer is about: "/items/0/amount" → "items". */
export function fieldOf(pointer: string): string {
  return pointer.split('/')[1] ?? ''
}
