import type { Deps } from '../deps.ts'
import { HttpError } from '../http/errors.ts'
import { randomToken } from '../ids.ts'
import { sessions } from '../repositories/sessions.ts'
import { tenants } from '../repositories/tenants.ts'
import { type UserRow, users } from '../repositories/users.ts'
import { clearFailures, recordFailure, refuseIfBlocked, throttleKey } from './login-throttle.ts'
import { type NewSession, openSession } from './open-session.ts'
import { hashToken } from './secrets.ts'
import { hasTwoFactor } from './two-factor.ts'
import { openChallenge } from './two-factor-login.ts'

export interface LoginInput {
  login: string
  password: string
  tenant?: string
}

const dummyHashes = new WeakMap<object, Promise<string>>()

// Unknown logins are checked against a real hash too, so a failure takes as long whether or not
// the account exists.
function dummyHash(deps: Deps): Promise<string> {
  let hash = dummyHashes.get(deps.hasher)
  if (!hash) {
    hash = deps.hasher.hash(randomToken())
    dummyHashes.set(deps.hasher, hash)
  }
  return hash
}

async function candidates(deps: Deps, input: LoginInput): Promise<UserRow[]> {
  if (input.tenant === undefined) return users.findByLoginInAnyTenant(deps.db, input.login)
  const tenant = await tenants.getBySlug(deps.db, input.tenant)
  const user = tenant ? await users.getByLogin(deps.db, tenant.id, input.login) : undefined
  return user ? [user] : []
}

/**
 * Checks the password (argon2id) and opens a session, or, for a user with two-factor sign-in, answers
 * 401 two_factor_required with a challenge to send back with the code (two-factor-login.ts): no
 * session exists before the second factor. Every password failure looks the same to the caller. The
 * session the client came with, if any, ends: a session id planted before sign-in is useless after it.
 */
export async function login(
  deps: Deps,
  input: LoginInput,
  ip: string,
  previousToken?: string,
): Promise<NewSession> {
  const user = await checkPassword(deps, input, ip)
  if (previousToken) await sessions.delete(deps.db, hashToken(deps.secret, previousToken))
  // The failure count is cleared only when a session opens: a known password must not reset the
  // count of wrong codes, or guessing codes four at a time between sign-ins would never be blocked.
  if (await hasTwoFactor(deps, user.tenant_id, user.id)) {
    const challenge = await openChallenge(deps, user)
    throw new HttpError(401, 'two_factor_required', 'enter the code from your authenticator app', challenge)
  }
  await clearFailures(deps.db, throttleKey(input.login, ip))
  return openSession(deps, user)
}

async function checkPassword(deps: Deps, input: LoginInput, ip: string): Promise<UserRow> {
  const now = deps.now()
  const key = throttleKey(input.login, ip)
  await refuseIfBlocked(deps.db, key, now)
  const found = await candidates(deps, input)
  const matched: UserRow[] = []
  for (const user of found) {
    const usable = user.active === 1 && user.password_hash !== null
    const ok = await deps.hasher.verify(
      usable ? (user.password_hash as string) : await dummyHash(deps),
      input.password,
    )
    if (ok && usable) matched.push(user)
  }
  if (found.length === 0) await deps.hasher.verify(await dummyHash(deps), input.password)
  const user = matched[0]
  if (!user || matched.length > 1) {
    await recordFailure(deps.db, key, now, deps.loginLimit)
    if (matched.length > 1) {
      throw new HttpError(
        400,
        'tenant_required',
        'this login exists in several organizations; name the tenant',
      )
    }
    throw new HttpError(401, 'invalid_credentials', 'wrong login or password')
  }
  return user
}
