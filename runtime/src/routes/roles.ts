import type { I18NText } from '@signoff/schemas'
import { requirePermission } from '../auth/guards.ts'
import { toJsonColumn } from '../db/json.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { roles } from '../repositories/roles.ts'
import { users } from '../repositories/users.ts'
import { roleView } from './views.ts'

export function roleRoutes(router: Router, deps: Deps): void {
  const { db } = deps

  async function existingRole(tenantId: string, id: string) {
    const role = await roles.get(db, tenantId, id)
    if (!role) throw fail.notFound('role')
    return role
  }

  async function audit(tenantId: string, actorId: string, action: string, roleId: string, detail: object) {
    await auditLog.append(db, {
      tenantId,
      at: deps.now().toISOString(),
      actorId,
      action,
      targetType: 'role',
      targetId: roleId,
      detail: { ...detail },
    })
  }

  router.add(
    {
      method: 'get',
      path: '/api/v1/roles',
      summary: 'Roles with their members',
      tag: 'org',
      auth: 'user',
      response: 'RoleList',
    },
    async ({ c, principal }) => {
      const rows = await roles.list(db, principal.tenantId)
      const items = await Promise.all(
        rows.map(async (row) => roleView(row, await roles.members(db, principal.tenantId, row.id))),
      )
      return c.json({ items })
    },
  )

  router.add<{ id: string; name: I18NText }>(
    {
      method: 'post',
      path: '/api/v1/roles',
      summary: 'Create a role',
      tag: 'org',
      auth: 'user',
      body: 'RoleCreate',
      response: 'Role',
      status: 201,
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'org.manage')
      if (await roles.get(db, principal.tenantId, body.id)) {
        throw fail.conflict('role_exists', `role ${body.id} already exists`, { path: '/id' })
      }
      const row = {
        tenant_id: principal.tenantId,
        id: body.id,
        name: toJsonColumn(body.name),
        created_at: deps.now().toISOString(),
      }
      await roles.insert(db, row)
      await audit(principal.tenantId, principal.userId, 'role.create', body.id, { name: body.name })
      return c.json(roleView(row, []), 201)
    },
  )

  router.add<{ name: I18NText }>(
    {
      method: 'patch',
      path: '/api/v1/roles/{roleId}',
      summary: 'Rename a role',
      tag: 'org',
      auth: 'user',
      body: 'RolePatch',
      response: 'Role',
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'org.manage')
      const role = await existingRole(principal.tenantId, c.req.param('roleId') ?? '')
      await roles.rename(db, principal.tenantId, role.id, toJsonColumn(body.name))
      return c.json(
        roleView(
          { ...role, name: toJsonColumn(body.name) },
          await roles.members(db, principal.tenantId, role.id),
        ),
      )
    },
  )

  router.add<{ userId: string }>(
    {
      method: 'post',
      path: '/api/v1/roles/{roleId}/members',
      summary: 'Give a member the role',
      tag: 'org',
      auth: 'user',
      body: 'RoleMember',
      response: 'Role',
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'org.manage')
      const role = await existingRole(principal.tenantId, c.req.param('roleId') ?? '')
      if (!(await users.get(db, principal.tenantId, body.userId))) {
        throw fail.badRequest('unknown_user', `no user ${body.userId}`, '/userId')
      }
      if (await roles.addMember(db, principal.tenantId, role.id, body.userId)) {
        await audit(principal.tenantId, principal.userId, 'role.grant', role.id, { userId: body.userId })
      }
      return c.json(roleView(role, await roles.members(db, principal.tenantId, role.id)))
    },
  )

  router.add(
    {
      method: 'delete',
      path: '/api/v1/roles/{roleId}/members/{userId}',
      summary: 'Take the role from a member',
      tag: 'org',
      auth: 'user',
      response: 'Role',
    },
    async ({ c, principal }) => {
      requirePermission(principal, 'org.manage')
      const role = await existingRole(principal.tenantId, c.req.param('roleId') ?? '')
      const userId = c.req.param('userId') ?? ''
      if (!(await roles.removeMember(db, principal.tenantId, role.id, userId)))
        throw fail.notFound('membership')
      await audit(principal.tenantId, principal.userId, 'role.revoke', role.id, { userId })
      return c.json(roleView(role, await roles.members(db, principal.tenantId, role.id)))
    },
  )
}
