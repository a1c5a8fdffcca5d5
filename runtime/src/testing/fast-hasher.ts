import { createHash, randomBytes } from 'node:crypto'
import type { PasswordHasher } from '../auth/password.ts'

/** For tests only: salted SHA-256, so seeding and signing in cost microseconds instead of argon2's tens of ms. */
export const fastHasher: PasswordHasher = {
  hash: async (password) => {
    const salt = randomBytes(8).toString('hex')
    return `fast$${salt}$${createHash('sha256')
      .update(salt + password)
      .digest('hex')}`
  },
  verify: async (stored, password) => {
    const [scheme, salt, digest] = stored.split('$')
    return scheme === 'fast' && digest === createHash('sha256').update(`${salt}${password}`).digest('hex')
  },
}
