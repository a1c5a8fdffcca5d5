import type { Deps } from '../deps.ts'
import { HttpError } from '../http/errors.ts'
import { randomToken } from '../ids.ts'
import { sessions } from '../repositories/sessions.ts'
import { tenants } from '../repositories/tenants.ts'
import { type UserRow, users } from '../repositories/users.ts'
import { clearFailures, recordFailure, refuseIfBlocked, throttleKey } from './login-throttle.ts'
import { hashToken } from './secrets.ts'

export interface LoginInput {
  login: string
  password: string
  tenant?: string
}

export interface NewSession {
  token: string
  csrfToken: string
  tenantId: string
  userId: string
  expiresAt: Date
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

/** Checks the password (argon2id) and opens a session; every failure looks the same to the caller. */
export async function login(deps: Deps, input: LoginInput, ip: string): Promise<NewSession> {
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
  await clearFailures(deps.db, key)
  const token = randomToken()
  const csrfToken = randomToken(24)
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3600_000)
  await sessions.insert(deps.db, {
    token_hash: hashToken(deps.secret, token),
    tenant_id: user.tenant_id,
    user_id: user.id,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
  })
  return { token, csrfToken, tenantId: user.tenant_id, userId: user.id, expiresAt }
}
