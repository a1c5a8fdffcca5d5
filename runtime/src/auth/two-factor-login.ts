import type { Deps } from '../deps.ts'
import { HttpError } from '../http/errors.ts'
import { randomToken } from '../ids.ts'
import type { UserRow } from '../repositories/users.ts'
import { users } from '../repositories/users.ts'
import { clearFailures, recordFailure, refuseIfBlocked, throttleKey } from './login-throttle.ts'
import { type NewSession, openSession } from './open-session.ts'
import { hashToken } from './secrets.ts'
import { verifySecondFactor } from './two-factor.ts'
import { twoFactorStore } from './two-factor-store.ts'

/** How long the code step may take after the password, and how many wrong codes one challenge allows. */
export const challengeSeconds = 300
export const challengeMaxFailures = 5

/** The step between the password and the code: a random, short-lived token stored only as a keyed hash. */
export async function openChallenge(
  deps: Deps,
  user: UserRow,
): Promise<{ challenge: string; expiresAt: string }> {
  // Challenges that expired unused would otherwise pile up; a live one stays valid.
  await twoFactorStore.dropExpiredChallenges(deps.db, user.tenant_id, user.id, deps.now().toISOString())
  const challenge = randomToken()
  const expiresAt = new Date(deps.now().getTime() + challengeSeconds * 1000).toISOString()
  await twoFactorStore.insertChallenge(deps.db, {
    token_hash: hashToken(deps.secret, challenge),
    tenant_id: user.tenant_id,
    user_id: user.id,
    failures: 0,
    expires_at: expiresAt,
  })
  return { challenge, expiresAt }
}

const refused = () =>
  new HttpError(
    401,
    'two_factor_failed',
    'the code is wrong, used or expired; sign in again if it keeps failing',
  )

/**
 * Opens the session for a challenge and a valid code. Wrong codes count against the sign-in throttle
 * of the login and address (as wrong passwords do) and against the challenge, which dies after a few.
 */
export async function completeTwoFactorLogin(
  deps: Deps,
  input: { challenge: string; code: string },
  ip: string,
): Promise<NewSession> {
  const now = deps.now()
  const tokenHash = hashToken(deps.secret, input.challenge)
  const challenge = await twoFactorStore.liveChallenge(deps.db, tokenHash, now.toISOString())
  if (!challenge || challenge.failures >= challengeMaxFailures) throw refused()
  const user = await users.get(deps.db, challenge.tenant_id, challenge.user_id)
  if (user?.active !== 1) throw refused()
  const key = throttleKey(user.login, ip)
  await refuseIfBlocked(deps.db, key, now)
  const ok = await verifySecondFactor(deps, user.tenant_id, user.id, input.code.trim())
  if (!ok) {
    await twoFactorStore.countChallengeFailure(deps.db, tokenHash)
    await recordFailure(deps.db, key, now, deps.loginLimit)
    throw refused()
  }
  if (!(await twoFactorStore.takeChallenge(deps.db, tokenHash))) throw refused()
  await clearFailures(deps.db, key)
  return openSession(deps, user)
}
