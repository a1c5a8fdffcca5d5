import type { Deps } from '../deps.ts'
import { randomToken } from '../ids.ts'
import { sessions } from '../repositories/sessions.ts'
import type { UserRow } from '../repositories/users.ts'
import { hashToken } from './secrets.ts'

export interface NewSession {
  token: string
  csrfToken: string
  tenantId: string
  userId: string
  expiresAt: Date
}

/** A fresh, random session id for a user who passed every factor. */
export async function openSession(deps: Deps, user: Pick<UserRow, 'tenant_id' | 'id'>): Promise<NewSession> {
  const now = deps.now()
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
