import { newId } from '../ids.ts'

const identifier = /^[A-Za-z][A-Za-z0-9_]{0,63}$/

/**
 * A new user's id: the login itself when it is a valid identifier and free (so app definitions can
 * name people readably), otherwise a generated one.
 */
export function userIdFor(login: string, taken: (id: string) => boolean): string {
  return identifier.test(login) && !taken(login) ? login : newId('u')
}
