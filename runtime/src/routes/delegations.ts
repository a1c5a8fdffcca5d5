import { requirePermission } from '../auth/guards.ts'
import { hasPermission } from '../auth/principal.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { newId } from '../ids.ts'
import { delegations } from '../repositories/delegations.ts'
import { users } from '../repositories/users.ts'
import { delegationView } from './views.ts'

interface DelegationBody {
  userId?: string
  to: string
  from: string
  until: string
}

export function delegationRoutes(router: Router, deps: Deps): void {
  const { db } = deps

  router.add(
    {
      method: 'get',
      path: '/api/v1/delegations',
      summary: 'Out-of-office delegations: your own, or everyone’s for org admins',
      tag: 'org',
      auth: 'user',
      response: 'DelegationList',
    },
    async ({ c, principal }) => {
      const all = hasPermission(principal, 'org.manage')
      const rows = await delegations.list(db, principal.tenantId, all ? undefined : principal.userId)
      return c.json({ items: rows.map(delegationView) })
    },
  )

  router.add<DelegationBody>(
    {
      method: 'post',
      path: '/api/v1/delegations',
      summary: 'Hand new tasks to a delegate between two dates (inclusive)',
      tag: 'org',
      auth: 'user',
      body: 'DelegationCreate',
      response: 'Delegation',
      status: 201,
    },
    async ({ c, body, principal }) => {
      const userId = body.userId ?? principal.userId
      if (userId !== principal.userId) requirePermission(principal, 'org.manage')
      if (body.until < body.from) throw fail.badRequest('date_order', 'until is before from', '/until')
      if (body.to === userId)
        throw fail.badRequest('self_delegation', 'a delegate must be someone else', '/to')
      if (!(await users.get(db, principal.tenantId, userId)))
        throw fail.badRequest('unknown_user', `no user ${userId}`, '/userId')
      const delegate = await users.get(db, principal.tenantId, body.to)
      if (delegate?.active !== 1) throw fail.badRequest('unknown_user', `no active user ${body.to}`, '/to')
      const row = {
        tenant_id: principal.tenantId,
        id: newId('dg'),
        user_id: userId,
        to_user_id: body.to,
        from_date: body.from,
        until_date: body.until,
        created_at: deps.now().toISOString(),
      }
      await delegations.insert(db, row)
      return c.json(delegationView(row), 201)
    },
  )

  router.add(
    {
      method: 'delete',
      path: '/api/v1/delegations/{delegationId}',
      summary: 'Remove a delegation',
      tag: 'org',
      auth: 'user',
      status: 204,
    },
    async ({ c, principal }) => {
      const row = await delegations.get(db, principal.tenantId, c.req.param('delegationId') ?? '')
      if (!row || (row.user_id !== principal.userId && !hasPermission(principal, 'org.manage'))) {
        throw fail.notFound('delegation')
      }
      await delegations.delete(db, principal.tenantId, row.id)
      return c.body(null, 204)
    },
  )
}
