import { isOrgAdmin } from '../auth/principal.ts'
import { hashToken } from '../auth/secrets.ts'
import { requireCertified } from '../certification/require-certified.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { newId, randomToken } from '../ids.ts'
import { type ApiTokenRow, apiTokens } from '../repositories/api-tokens.ts'

function tokenView(row: ApiTokenRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  }
}

export function tokenRoutes(router: Router, deps: Deps): void {
  router.add<{ name: string }>(
    {
      method: 'post',
      path: '/api/v1/tokens',
      summary:
        'Create an API token for the caller; the secret is in this response only (403 certification.required while the organization is not certified)',
      tag: 'auth',
      auth: 'user',
      body: 'TokenCreate',
      response: 'Token',
      status: 201,
    },
    async ({ c, body, principal }) => {
      await requireCertified(deps.db, principal, 'apiTokens')
      const prefix = randomToken(6).replace(/[^A-Za-z0-9]/g, 'x')
      const token = `so_${prefix}_${randomToken()}`
      const row: ApiTokenRow = {
        id: newId('tok'),
        tenant_id: principal.tenantId,
        user_id: principal.userId,
        name: body.name,
        prefix: `so_${prefix}`,
        token_hash: hashToken(deps.secret, token),
        created_at: deps.now().toISOString(),
        last_used_at: null,
        revoked_at: null,
      }
      await apiTokens.insert(deps.db, row)
      return c.json({ ...tokenView(row), token }, 201)
    },
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/tokens',
      summary: "The caller's API tokens (prefixes only)",
      tag: 'auth',
      auth: 'user',
      response: 'TokenList',
    },
    async ({ c, principal }) => {
      const rows = await apiTokens.listForUser(deps.db, principal.tenantId, principal.userId)
      return c.json({ items: rows.map(tokenView) })
    },
  )

  router.add(
    {
      method: 'delete',
      path: '/api/v1/tokens/{tokenId}',
      summary: 'Revoke an API token (your own; org admins: any in the organization)',
      tag: 'auth',
      auth: 'user',
      status: 204,
    },
    async ({ c, principal }) => {
      const row = await apiTokens.get(deps.db, principal.tenantId, c.req.param('tokenId') ?? '')
      const mine = row?.user_id === principal.userId
      if (!row || row.revoked_at !== null || (!mine && !isOrgAdmin(principal))) throw fail.notFound('token')
      await apiTokens.revoke(deps.db, principal.tenantId, row.id, deps.now().toISOString())
      return c.body(null, 204)
    },
  )
}
