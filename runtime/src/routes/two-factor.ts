import { requirePermission } from '../auth/guards.ts'
import { isOrgAdmin } from '../auth/principal.ts'
import {
  confirmEnrolment,
  disableTwoFactor,
  hasTwoFactor,
  renewRecoveryCodes,
  startEnrolment,
  twoFactorStatus,
} from '../auth/two-factor.ts'
import { completeTwoFactorLogin } from '../auth/two-factor-login.ts'
import { twoFactorStore } from '../auth/two-factor-store.ts'
import type { Deps } from '../deps.ts'
import { fail, HttpError } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { users } from '../repositories/users.ts'
import { signedIn } from './auth.ts'

/** Two-factor sign-in (TOTP, RFC 6238): the code step of sign-in, enrolment, recovery codes and the org's rule. */
export function twoFactorRoutes(router: Router, deps: Deps): void {
  router.add<{ challenge: string; code: string }>(
    {
      method: 'post',
      path: '/api/v1/auth/login/two-factor',
      summary:
        'Second sign-in step: the challenge from the 401 two_factor_required and a TOTP or recovery code; sets the session cookie',
      tag: 'auth',
      auth: 'public',
      body: 'TwoFactorLogin',
      response: 'Me',
    },
    async ({ c, body }) => {
      const session = await completeTwoFactorLogin(deps, body, deps.clientIp(c))
      return signedIn(c, deps, session)
    },
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/auth/two-factor',
      summary: "The caller's two-factor sign-in: on, enrolment pending, recovery codes left, required",
      tag: 'auth',
      auth: 'user',
      response: 'TwoFactorStatus',
    },
    async ({ c, principal }) => {
      const status = await twoFactorStatus(deps, principal.tenantId, principal.userId)
      const required =
        isOrgAdmin(principal) && (await twoFactorStore.requiredForAdmins(deps.db, principal.tenantId))
      return c.json({ ...status, required })
    },
  )

  router.add(
    {
      method: 'post',
      path: '/api/v1/auth/two-factor/enrol',
      summary:
        'Start enrolment: a new secret, shown once as base32 and otpauth:// URI; confirm it with a first code',
      tag: 'auth',
      auth: 'user',
      response: 'TwoFactorEnrolment',
    },
    async ({ c, principal }) => c.json(await startEnrolment(deps, principal)),
  )

  router.add<{ code: string }>(
    {
      method: 'post',
      path: '/api/v1/auth/two-factor/confirm',
      summary: 'Turn two-factor sign-in on with a first code; returns the recovery codes, shown once',
      tag: 'auth',
      auth: 'user',
      body: 'TwoFactorCode',
      response: 'RecoveryCodes',
    },
    async ({ c, body, principal }) =>
      c.json({ recoveryCodes: await confirmEnrolment(deps, principal, body.code.trim()) }),
  )

  router.add<{ code: string }>(
    {
      method: 'post',
      path: '/api/v1/auth/two-factor/disable',
      summary: 'Turn two-factor sign-in off; takes a current or recovery code',
      tag: 'auth',
      auth: 'user',
      body: 'TwoFactorCode',
      status: 204,
    },
    async ({ c, body, principal }) => {
      await disableTwoFactor(deps, principal, body.code.trim())
      return c.body(null, 204)
    },
  )

  router.add<{ code: string }>(
    {
      method: 'post',
      path: '/api/v1/auth/two-factor/recovery-codes',
      summary: 'Replace the recovery codes (the old ones stop working); takes a current or recovery code',
      tag: 'auth',
      auth: 'user',
      body: 'TwoFactorCode',
      response: 'RecoveryCodes',
    },
    async ({ c, body, principal }) =>
      c.json({ recoveryCodes: await renewRecoveryCodes(deps, principal, body.code.trim()) }),
  )

  router.add(
    {
      method: 'delete',
      path: '/api/v1/users/{userId}/two-factor',
      summary:
        "Turn off a member's two-factor sign-in (lost device and recovery codes); they sign in with the password and enrol again",
      tag: 'org',
      auth: 'user',
      status: 204,
    },
    async ({ c, principal }) => {
      requirePermission(principal, 'org.manage')
      const userId = c.req.param('userId') ?? ''
      if (!(await users.get(deps.db, principal.tenantId, userId))) throw fail.notFound('user')
      await deps.db.transaction().execute(async (trx) => {
        await twoFactorStore.removeAll(trx, principal.tenantId, userId)
        await auditLog.append(trx, {
          tenantId: principal.tenantId,
          at: deps.now().toISOString(),
          actorId: principal.userId,
          action: 'two_factor.reset',
          targetType: 'user',
          targetId: userId,
          detail: {},
        })
      })
      return c.body(null, 204)
    },
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/org/two-factor-policy',
      summary: 'Whether the organization requires two-factor sign-in of its admins',
      tag: 'org',
      auth: 'user',
      response: 'TwoFactorPolicy',
    },
    async ({ c, principal }) =>
      c.json({ requireForAdmins: await twoFactorStore.requiredForAdmins(deps.db, principal.tenantId) }),
  )

  router.add<{ requireForAdmins: boolean }>(
    {
      method: 'put',
      path: '/api/v1/org/two-factor-policy',
      summary:
        'Require two-factor sign-in of the organization’s admins: those without it must enrol before anything else',
      tag: 'org',
      auth: 'user',
      body: 'TwoFactorPolicy',
      response: 'TwoFactorPolicy',
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'org.manage')
      // The admin who switches it on would otherwise shut themselves out of the setting they just made.
      if (body.requireForAdmins && !(await hasTwoFactor(deps, principal.tenantId, principal.userId)))
        throw new HttpError(409, 'two_factor_enrol_first', 'turn on your own two-factor sign-in first')
      const now = deps.now().toISOString()
      await deps.db.transaction().execute(async (trx) => {
        await twoFactorStore.setRequiredForAdmins(trx, principal.tenantId, body.requireForAdmins, now)
        await auditLog.append(trx, {
          tenantId: principal.tenantId,
          at: now,
          actorId: principal.userId,
          action: 'two_factor.policy',
          targetType: 'tenant',
          targetId: principal.tenantId,
          detail: { requireForAdmins: body.requireForAdmins },
        })
      })
      return c.json({ requireForAdmins: body.requireForAdmins })
    },
  )
}
