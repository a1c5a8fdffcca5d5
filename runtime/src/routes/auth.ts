import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { sessionCookie } from '../auth/cookies.ts'
import { loadPrincipal } from '../auth/load-principal.ts'
import { type LoginInput, login } from '../auth/login.ts'
import type { NewSession } from '../auth/open-session.ts'
import { type Principal, permissionsOf } from '../auth/principal.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { sessions } from '../repositories/sessions.ts'
import { tenants } from '../repositories/tenants.ts'
import { users } from '../repositories/users.ts'
import { tenantView, userView } from './views.ts'

async function meBody(deps: Deps, principal: Principal) {
  const [tenant, user] = await Promise.all([
    tenants.get(deps.db, principal.tenantId),
    users.get(deps.db, principal.tenantId, principal.userId),
  ])
  if (!tenant || !user) throw fail.unauthenticated()
  return {
    user: userView(user, principal.roles),
    tenant: tenantView(tenant),
    roles: principal.roles,
    permissions: permissionsOf(principal),
    csrfToken: principal.csrfToken,
  }
}

/** Answers a sign-in that opened `session` (password alone, or its two-factor step): the cookie and who signed in. */
export async function signedIn(c: Context, deps: Deps, session: NewSession) {
  const principal = await loadPrincipal(deps.db, session.tenantId, session.userId, {
    via: 'session',
    csrfToken: session.csrfToken,
    sessionTokenHash: null,
  })
  if (!principal) throw fail.unauthenticated()
  setCookie(c, sessionCookie, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.secureCookies,
    path: '/',
    expires: session.expiresAt,
  })
  return c.json(await meBody(deps, principal))
}

export function authRoutes(router: Router, deps: Deps): void {
  router.add<LoginInput>(
    {
      method: 'post',
      path: '/api/v1/auth/login',
      summary: 'Sign in with login and password; sets the session cookie and returns the CSRF token',
      tag: 'auth',
      auth: 'public',
      body: 'LoginRequest',
      response: 'Me',
    },
    async ({ c, body }) => {
      const session = await login(deps, body, deps.clientIp(c), getCookie(c, sessionCookie))
      return signedIn(c, deps, session)
    },
  )

  router.add(
    {
      method: 'post',
      path: '/api/v1/auth/logout',
      summary: 'End the session',
      tag: 'auth',
      auth: 'user',
      status: 204,
    },
    async ({ c, principal }) => {
      if (principal.sessionTokenHash) await sessions.delete(deps.db, principal.sessionTokenHash)
      setCookie(c, sessionCookie, '', {
        httpOnly: true,
        sameSite: 'Lax',
        secure: deps.secureCookies,
        path: '/',
        maxAge: 0,
      })
      return c.body(null, 204)
    },
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/me',
      summary: 'The caller: user, tenant, roles, permissions and (for sessions) the CSRF token',
      tag: 'auth',
      auth: 'user',
      response: 'Me',
    },
    async ({ c, principal }) => c.json(await meBody(deps, principal)),
  )
}
