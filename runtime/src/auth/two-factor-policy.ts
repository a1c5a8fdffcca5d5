import type { Context } from 'hono'
import { routePath } from 'hono/route'
import type { Deps } from '../deps.ts'
import type { AppEnv } from '../http/env.ts'
import { HttpError } from '../http/errors.ts'
import { isOrgAdmin, type Principal } from './principal.ts'
import { hasTwoFactor } from './two-factor.ts'
import { twoFactorStore } from './two-factor-store.ts'

/**
 * What an admin who must enrol may still do: see who they are, enrol, and sign out. Matched on the
 * route pattern Hono chose, not the raw path, so no spelling of a path reaches anything else.
 */
const enrolmentRoutes = new Set([
  'GET /api/v1/me',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/two-factor',
  'POST /api/v1/auth/two-factor/enrol',
  'POST /api/v1/auth/two-factor/confirm',
])

/**
 * In a tenant that requires two-factor sign-in of its admins, an admin without it is made to enrol
 * before anything else (403 two_factor_enrolment_required), whether by session or API token.
 */
export async function enforceTwoFactorPolicy(
  deps: Deps,
  c: Context<AppEnv>,
  principal: Principal,
): Promise<void> {
  if (!isOrgAdmin(principal)) return
  if (enrolmentRoutes.has(`${c.req.method} ${routePath(c)}`)) return
  if (!(await twoFactorStore.requiredForAdmins(deps.db, principal.tenantId))) return
  if (await hasTwoFactor(deps, principal.tenantId, principal.userId)) return
  throw new HttpError(
    403,
    'two_factor_enrolment_required',
    'your organization requires two-factor sign-in for admins: enrol at /api/v1/auth/two-factor/enrol first',
  )
}
