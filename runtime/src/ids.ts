import { randomBytes } from 'node:crypto'

/**
 * A new id that is also a valid identifier (letter first, then letters, digits, underscore), so
 * users, departments and the rest can be named in app definitions and the directory.
 */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(10).toString('hex')}`
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}
