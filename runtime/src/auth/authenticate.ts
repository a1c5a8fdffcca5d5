import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Deps } from '../deps.ts'
import type { AppEnv } from '../http/env.ts'
import { HttpError } from '../http/errors.ts'
import { apiTokens } from '../repositories/api-tokens.ts'
import { csrfHeader, sessionCookie } from './cookies.ts'
import { loadPrincipal } from './load-principal.ts'
import type { Principal } from './principal.ts'
import { hashToken, sameSecret } from './secrets.ts'
import { sessionPrincipal } from './session-principal.ts'
import { enforceTwoFactorPolicy } from './two-factor-policy.ts'

/**
 * The caller from a Bearer API token or else the session cookie; undefined when neither names an
 * active user. A Bearer header that does not match is not retried with the cookie.
 */
export async function authenticate(deps: Deps, c: Context<AppEnv>): Promise<Principal | undefined> {
  const authorization = c.req.header('authorization')
  const now = deps.now().toISOString()
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization)
    if (!match?.[1]) return undefined
    const token = await apiTokens.findActiveByHash(deps.db, hashToken(deps.secret, match[1]))
    if (!token) return undefined
    const principal = await loadPrincipal(deps.db, token.tenant_id, token.user_id, {
      via: 'token',
      csrfToken: null,
      sessionTokenHash: null,
    })
    if (!principal) return undefined
    await apiTokens.touch(deps.db, token.id, now)
    await enforceTwoFactorPolicy(deps, c, principal)
    return principal
  }
  const cookie = getCookie(c, sessionCookie)
  if (!cookie) return undefined
  const tokenHash = hashToken(deps.secret, cookie)
  const principal = await sessionPrincipal(deps.db, tokenHash, now)
  if (principal) await enforceTwoFactorPolicy(deps, c, principal)
  return principal
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Cookie-authenticated requests that change state must echo the session's CSRF token; Bearer ones are exempt. */
export function checkCsrf(c: Context<AppEnv>, principal: Principal): void {
  if (principal.via !== 'session' || safeMethods.has(c.req.method)) return
  const sent = c.req.header(csrfHeader)
  if (!sent || !principal.csrfToken || !sameSecret(sent, principal.csrfToken)) {
    throw new HttpError(403, 'csrf', `send the session's CSRF token in the ${csrfHeader} header`)
  }
}
