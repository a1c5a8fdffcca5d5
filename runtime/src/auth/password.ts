import { hash, verify } from '@node-rs/argon2'

/** Hashes and checks passwords; injected so tests can trade argon2's cost for speed. */
export interface PasswordHasher {
  hash(password: string): Promise<string>
  verify(stored: string, password: string): Promise<boolean>
}

// @node-rs/argon2 defaults to argon2id with the OWASP-recommended cost (19 MiB, 2 passes).
export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password),
  verify: async (stored, password) => {
    try {
      return await verify(stored, password)
    } catch {
      return false
    }
  },
}

export const minimumPasswordLength = 8
