import { orgOf } from '@signoff/engine'
import type { Context } from 'hono'
import { requirePermission } from '../auth/guards.ts'
import type { Deps } from '../deps.ts'
import { readJson } from '../http/body.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { validateBody } from '../http/validation.ts'
import { requireDepartment, requireRoles } from '../org/check-roles.ts'
import { loadDirectory } from '../org/directory.ts'
import { handOverTasks, heldTasks, successorOf } from '../org/reassign-tasks.ts'
import { userIdFor } from '../org/user-ids.ts'
import { apiTokens } from '../repositories/api-tokens.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { sessions } from '../repositories/sessions.ts'
import { type UserChanges, users } from '../repositories/users.ts'
import { userView } from './views.ts'

interface UserBody {
  login?: string
  name?: string
  email?: string | null
  phone?: string | null
  departmentId?: string | null
  roles?: string[]
  password?: string
}

interface DeactivateBody {
  reassignTo?: string
  reason?: string
}

const defaultLeaveReason = '离职 / left the organization'

// The body is optional (a bare POST deactivates and hands over to the supervisor), so it is read here.
async function deactivateBody(c: Context): Promise<DeactivateBody> {
  if (c.req.header('content-type') === undefined) return {}
  const value = await readJson(c)
  const issues = validateBody('UserDeactivate', value)
  if (issues.length > 0) throw fail.invalid(issues)
  return value as DeactivateBody
}

export function userRoutes(router: Router, deps: Deps): void {
  const { db } = deps

  async function view(tenantId: string, id: string) {
    const user = await users.get(db, tenantId, id)
    if (!user) throw fail.notFound('user')
    return userView(user, await users.rolesOf(db, tenantId, id))
  }

  router.add(
    {
      method: 'get',
      path: '/api/v1/users',
      summary: 'Members of the organization',
      tag: 'org',
      auth: 'user',
      response: 'UserList',
    },
    async ({ c, principal }) => {
      const [rows, rolesByUser] = await Promise.all([
        users.list(db, principal.tenantId),
        users.rolesByUser(db, principal.tenantId),
      ])
      return c.json({ items: rows.map((row) => userView(row, rolesByUser.get(row.id) ?? [])) })
    },
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/users/{userId}',
      summary: 'One member',
      tag: 'org',
      auth: 'user',
      response: 'User',
    },
    async ({ c, principal }) => c.json(await view(principal.tenantId, c.req.param('userId') ?? '')),
  )

  router.add<UserBody & { login: string; name: string }>(
    {
      method: 'post',
      path: '/api/v1/users',
      summary: 'Add a member',
      tag: 'org',
      auth: 'user',
      body: 'UserCreate',
      response: 'User',
      status: 201,
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'org.manage')
      const tenantId = principal.tenantId
      if (await users.getByLogin(db, tenantId, body.login)) {
        throw fail.conflict('login_taken', `login ${body.login} is taken`, { path: '/login' })
      }
      await requireDepartment(db, tenantId, body.departmentId, '/departmentId')
      await requireRoles(db, tenantId, body.roles ?? [], '/roles')
      const existingIds = new Set((await users.list(db, tenantId)).map((user) => user.id))
      const now = deps.now().toISOString()
      const id = userIdFor(body.login, (candidate) => existingIds.has(candidate))
      const passwordHash = body.password === undefined ? null : await deps.hasher.hash(body.password)
      await db.transaction().execute(async (trx) => {
        await users.insert(trx, {
          tenant_id: tenantId,
          id,
          login: body.login,
          name: body.name,
          email: body.email ?? null,
          phone: body.phone ?? null,
          department_id: body.departmentId ?? null,
          password_hash: passwordHash,
          active: 1,
          created_at: now,
          updated_at: now,
        })
        await users.setRoles(trx, tenantId, id, body.roles ?? [])
        if ((body.roles ?? []).length > 0) {
          await auditLog.append(trx, {
            tenantId,
            at: now,
            actorId: principal.userId,
            action: 'user.roles',
            targetType: 'user',
            targetId: id,
            detail: { roles: body.roles },
          })
        }
      })
      return c.json(await view(tenantId, id), 201)
    },
  )

  router.add<UserBody>(
    {
      method: 'patch',
      path: '/api/v1/users/{userId}',
      summary: 'Change a member (name, contact, department, roles, password)',
      tag: 'org',
      auth: 'user',
      body: 'UserPatch',
      response: 'User',
    },
    async ({ c, body, principal }) => {
      const tenantId = principal.tenantId
      const id = c.req.param('userId') ?? ''
      const self = id === principal.userId
      // Members may change their own contact details and password; everything else is for org admins.
      const ownFields = ['name', 'email', 'phone', 'password']
      if (!(self && Object.keys(body).every((key) => ownFields.includes(key)))) {
        requirePermission(principal, 'org.manage')
      }
      const before = await view(tenantId, id)
      await requireDepartment(db, tenantId, body.departmentId, '/departmentId')
      if (body.roles) await requireRoles(db, tenantId, body.roles, '/roles')
      const now = deps.now().toISOString()
      const changes: UserChanges = {
        updated_at: now,
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.email === undefined ? {} : { email: body.email }),
        ...(body.phone === undefined ? {} : { phone: body.phone }),
        ...(body.departmentId === undefined ? {} : { department_id: body.departmentId }),
        ...(body.password === undefined ? {} : { password_hash: await deps.hasher.hash(body.password) }),
      }
      await db.transaction().execute(async (trx) => {
        await users.update(trx, tenantId, id, changes)
        if (body.roles && body.roles.join() !== before.roles.join()) {
          await users.setRoles(trx, tenantId, id, body.roles)
          await auditLog.append(trx, {
            tenantId,
            at: now,
            actorId: principal.userId,
            action: 'user.roles',
            targetType: 'user',
            targetId: id,
            detail: { before: before.roles, after: body.roles },
          })
        }
      })
      return c.json(await view(tenantId, id))
    },
  )

  router.add(
    {
      method: 'post',
      path: '/api/v1/users/{userId}/deactivate',
      summary:
        'Deactivate a member who left: no more sign-in, sessions and API tokens end, open tasks move to reassignTo or the supervisor',
      tag: 'org',
      auth: 'user',
      response: 'User',
    },
    async ({ c, principal }) => {
      requirePermission(principal, 'org.manage')
      const tenantId = principal.tenantId
      const id = c.req.param('userId') ?? ''
      const user = await view(tenantId, id)
      const body = await deactivateBody(c)
      if (id === principal.userId) throw fail.conflict('deactivate_self', 'you cannot deactivate yourself')
      if (!user.active) return c.json(user)
      const directory = await loadDirectory(db, tenantId)
      if (
        body.reassignTo !== undefined &&
        (body.reassignTo === id || !orgOf(directory).isActive(body.reassignTo))
      )
        throw fail.badRequest(
          'unknown_user',
          `${body.reassignTo} is not another active member`,
          '/reassignTo',
        )
      const to = body.reassignTo ?? successorOf(directory, id)
      const now = deps.now().toISOString()
      // One transaction: every handover and the deactivation commit together, or nothing does.
      await db.transaction().execute(async (trx) => {
        let moved = 0
        if (to !== undefined)
          moved = await handOverTasks(trx, deps, {
            tenantId,
            from: id,
            to,
            reason: body.reason ?? defaultLeaveReason,
          })
        else if ((await heldTasks(trx, tenantId, id)).length > 0)
          throw fail.conflict('no_successor', 'nobody can take over the open tasks: name reassignTo', {
            path: '/reassignTo',
          })
        await users.update(trx, tenantId, id, { active: 0, updated_at: now })
        await sessions.deleteForUser(trx, tenantId, id)
        await apiTokens.revokeForUser(trx, tenantId, id, now)
        await auditLog.append(trx, {
          tenantId,
          at: now,
          actorId: principal.userId,
          action: 'user.deactivate',
          targetType: 'user',
          targetId: id,
          detail: { login: user.login, ...(moved > 0 ? { reassignedTo: to, tasks: moved } : {}) },
        })
      })
      return c.json(await view(tenantId, id))
    },
  )
}
