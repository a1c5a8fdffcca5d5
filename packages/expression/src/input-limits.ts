import { ExpressionError } from './errors.ts'
import { limits } from './limits.ts'

export function boundedString(value: string, what: string): string {
  if (value.length > limits.stringLength) {
    throw new ExpressionError('limit', `${what} is longer than ${limits.stringLength} characters`)
  }
  return value
}

export function boundedList<T>(value: readonly T[], what: string): readonly T[] {
  if (value.length > limits.listItems) {
    throw new ExpressionError('limit', `${what} has more than ${limits.listItems} items`)
  }
  return value
}

/** A list of strings from untrusted input; anything that is not a string list is an error. */
export function stringList(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new ExpressionError('eval', `${what} must be a list of strings`)
  }
  return boundedList(value as string[], what).map((item) => boundedString(item, what))
}
