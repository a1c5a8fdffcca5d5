import type { Db } from '../db/database.ts'
import { precompiled } from '../db/precompiled.ts'
import type { Principal } from './principal.ts'

// Every cookie request runs these: the live session with its user and tenant in one read (instead
// of three), then the user's roles; both built once (db/precompiled.ts).
const liveSession = precompiled((db, p: { tokenHash: string; now: string }) =>
  db
    .selectFrom('sessions')
    .innerJoin('tenants', 'tenants.id', 'sessions.tenant_id')
    .innerJoin('users', (join) =>
      join.onRef('users.tenant_id', '=', 'sessions.tenant_id').onRef('users.id', '=', 'sessions.user_id'),
    )
    .select([
      'sessions.tenant_id',
      'sessions.user_id',
      'sessions.csrf_token',
      'tenants.kind',
      'users.login',
      'users.name',
      'users.department_id',
      'users.active',
    ])
    .where('sessions.token_hash', '=', p.tokenHash)
    .where('sessions.expires_at', '>', p.now),
)

const rolesOf = precompiled((db, p: { tenantId: string; userId: string }) =>
  db
    .selectFrom('user_roles')
    .select('role_id')
    .where('tenant_id', '=', p.tenantId)
    .where('user_id', '=', p.userId)
    .orderBy('role_id'),
)

/**
 * The principal of a live session (the same as loadPrincipal gives): undefined when the session is
 * unknown or expired, or its user is no longer active.
 */
export async function sessionPrincipal(
  db: Db,
  tokenHash: string,
  now: string,
): Promise<Principal | undefined> {
  const [row] = (await liveSession(db, { tokenHash, now })).rows
  if (row?.active !== 1) return undefined
  const roles = (await rolesOf(db, { tenantId: row.tenant_id, userId: row.user_id })).rows
  return {
    tenantId: row.tenant_id,
    tenantKind: row.kind,
    userId: row.user_id,
    login: row.login,
    name: row.name,
    departmentId: row.department_id,
    roles: roles.map((role) => role.role_id),
    via: 'session',
    csrfToken: row.csrf_token,
    sessionTokenHash: tokenHash,
  }
}
