import { randomBytes } from 'node:crypto'
import type { Deps } from '../deps.ts'
import { HttpError } from '../http/errors.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { tenants } from '../repositories/tenants.ts'
import type { Principal } from './principal.ts'
import { seal, unseal } from './secret-box.ts'
import { hashToken } from './secrets.ts'
import { base32Encode, matchTotp, newTotpSecret, otpauthUri } from './totp.ts'
import { twoFactorStore } from './two-factor-store.ts'

export const recoveryCodeCount = 10

const invalidCode = () =>
  new HttpError(400, 'two_factor_invalid_code', 'the code is wrong, used or expired', { path: '/code' })

// Recovery codes: 10 characters of a 32-letter alphabet without look-alikes (50 bits), shown as xxxxx-xxxxx.
const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz234567890'

function newRecoveryCode(): string {
  let text = ''
  for (const byte of randomBytes(10)) text += recoveryAlphabet[byte & 31]
  return `${text.slice(0, 5)}-${text.slice(5)}`
}

function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '')
}

export interface TwoFactorStatus {
  enabled: boolean
  pending: boolean
  recoveryCodesLeft: number
}

/**
 * The TOTP key of a stored secret. A secret sealed under an earlier server secret cannot be read (its
 * recovery codes cannot be checked either): only an admin's reset helps, so say so rather than fail.
 */
function keyOf(deps: Deps, sealed: string): Buffer {
  try {
    return unseal(deps.secret, sealed)
  } catch {
    throw new HttpError(
      409,
      'two_factor_reset_needed',
      'this two-factor secret was sealed under another server secret; an org admin must reset it',
    )
  }
}

export async function twoFactorStatus(
  deps: Deps,
  tenantId: string,
  userId: string,
): Promise<TwoFactorStatus> {
  const row = await twoFactorStore.secretOf(deps.db, tenantId, userId)
  const enabled = row?.confirmed_at != null
  return {
    enabled,
    pending: row !== undefined && !enabled,
    recoveryCodesLeft: enabled ? await twoFactorStore.recoveryCodesLeft(deps.db, tenantId, userId) : 0,
  }
}

export async function hasTwoFactor(deps: Deps, tenantId: string, userId: string): Promise<boolean> {
  return (await twoFactorStore.secretOf(deps.db, tenantId, userId))?.confirmed_at != null
}

/**
 * A new secret for the caller, shown once as an otpauth:// URI; it counts only after a first code
 * confirms it. The issuer is the organization's name, never anything taken from the request.
 */
export async function startEnrolment(deps: Deps, principal: Principal) {
  if (await hasTwoFactor(deps, principal.tenantId, principal.userId))
    throw new HttpError(409, 'two_factor_enabled', 'two-factor sign-in is already on; turn it off first')
  const tenant = await tenants.get(deps.db, principal.tenantId)
  const key = newTotpSecret()
  await twoFactorStore.putPending(deps.db, {
    tenant_id: principal.tenantId,
    user_id: principal.userId,
    sealed_secret: seal(deps.secret, key),
    confirmed_at: null,
    last_used_step: null,
    created_at: deps.now().toISOString(),
  })
  return {
    secret: base32Encode(key),
    otpauthUri: otpauthUri(key, `Signoff ${tenant?.name ?? ''}`.trim(), principal.login),
  }
}

async function issueRecoveryCodes(deps: Deps, tenantId: string, userId: string): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode)
  const hashes = codes.map((code) => hashToken(deps.secret, normalizeRecoveryCode(code)))
  await twoFactorStore.replaceRecoveryCodes(deps.db, tenantId, userId, hashes)
  return codes
}

/** Turns two-factor sign-in on with the first code from the authenticator; returns the recovery codes, shown once. */
export async function confirmEnrolment(deps: Deps, principal: Principal, code: string): Promise<string[]> {
  const row = await twoFactorStore.secretOf(deps.db, principal.tenantId, principal.userId)
  if (!row || row.confirmed_at !== null)
    throw new HttpError(409, 'two_factor_not_pending', 'start an enrolment first')
  const now = deps.now()
  const step = matchTotp(keyOf(deps, row.sealed_secret), code, now, row.last_used_step)
  if (step === undefined) throw invalidCode()
  return deps.db.transaction().execute(async (trx) => {
    const scoped = { ...deps, db: trx }
    if (!(await twoFactorStore.spendStep(trx, principal.tenantId, principal.userId, step, now.toISOString())))
      throw invalidCode()
    await audit(scoped, principal, 'two_factor.enabled')
    return issueRecoveryCodes(scoped, principal.tenantId, principal.userId)
  })
}

/**
 * Whether `code` is a fresh TOTP code or an unused recovery code of the user's confirmed secret; a
 * code accepted here is spent (the same code twice in its window is refused).
 */
export async function verifySecondFactor(
  deps: Deps,
  tenantId: string,
  userId: string,
  code: string,
): Promise<boolean> {
  const row = await twoFactorStore.secretOf(deps.db, tenantId, userId)
  if (!row || row.confirmed_at === null) return false
  const now = deps.now()
  if (/^\d{6}$/.test(code)) {
    const step = matchTotp(keyOf(deps, row.sealed_secret), code, now, row.last_used_step)
    return step !== undefined && (await twoFactorStore.spendStep(deps.db, tenantId, userId, step))
  }
  const hash = hashToken(deps.secret, normalizeRecoveryCode(code))
  return twoFactorStore.spendRecoveryCode(deps.db, tenantId, userId, hash, now.toISOString())
}

/** Turning it off takes a valid code, so a borrowed session alone cannot remove the second factor. */
export async function disableTwoFactor(deps: Deps, principal: Principal, code: string): Promise<void> {
  if (!(await hasTwoFactor(deps, principal.tenantId, principal.userId)))
    throw new HttpError(409, 'two_factor_disabled', 'two-factor sign-in is not on')
  if (!(await verifySecondFactor(deps, principal.tenantId, principal.userId, code))) throw invalidCode()
  await deps.db.transaction().execute(async (trx) => {
    await twoFactorStore.removeAll(trx, principal.tenantId, principal.userId)
    await audit({ ...deps, db: trx }, principal, 'two_factor.disabled')
  })
}

export async function renewRecoveryCodes(deps: Deps, principal: Principal, code: string): Promise<string[]> {
  if (!(await hasTwoFactor(deps, principal.tenantId, principal.userId)))
    throw new HttpError(409, 'two_factor_disabled', 'two-factor sign-in is not on')
  if (!(await verifySecondFactor(deps, principal.tenantId, principal.userId, code))) throw invalidCode()
  return issueRecoveryCodes(deps, principal.tenantId, principal.userId)
}

function audit(deps: Deps, principal: Principal, action: string) {
  return auditLog.append(deps.db, {
    tenantId: principal.tenantId,
    at: deps.now().toISOString(),
    actorId: principal.userId,
    action,
    targetType: 'user',
    targetId: principal.userId,
    detail: {},
  })
}
