import { requirePermission } from '../auth/guards.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { newId } from '../ids.ts'
import { buildTree, wouldCycle } from '../org/department-tree.ts'
import { departments } from '../repositories/departments.ts'
import { users } from '../repositories/users.ts'
import { departmentView } from './views.ts'

interface DepartmentBody {
  id?: string
  name?: string
  parentId?: string | null
  headId?: string | null
}

export function departmentRoutes(router: Router, deps: Deps): void {
  const { db } = deps

  async function checkReferences(tenantId: string, body: DepartmentBody, selfId: string | undefined) {
    const all = (await departments.list(db, tenantId)).map(departmentView)
    if (body.parentId) {
      if (!all.some((department) => department.id === body.parentId)) {
        throw fail.badRequest('unknown_department', `no department ${body.parentId}`, '/parentId')
      }
      if (selfId && wouldCycle(all, selfId, body.parentId)) {
        throw fail.badRequest('department_cycle', 'a department cannot be placed under itself', '/parentId')
      }
    }
    if (body.headId && !(await users.get(db, tenantId, body.headId))) {
      throw fail.badRequest('unknown_user', `no user ${body.headId}`, '/headId')
    }
  }

  router.add(
    {
      method: 'get',
      path: '/api/v1/departments',
      summary: 'The departments, flat and as a tree, with heads',
      tag: 'org',
      auth: 'user',
      response: 'DepartmentList',
    },
    async ({ c, principal }) => {
      const items = (await departments.list(db, principal.tenantId)).map(departmentView)
      return c.json({ items, tree: buildTree(items) })
    },
  )

  router.add<DepartmentBody & { name: string }>(
    {
      method: 'post',
      path: '/api/v1/departments',
      summary: 'Create a department',
      tag: 'org',
      auth: 'user',
      body: 'DepartmentCreate',
      response: 'Department',
      status: 201,
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'org.manage')
      const id = body.id ?? newId('d')
      if (await departments.get(db, principal.tenantId, id)) {
        throw fail.conflict('department_exists', `department ${id} already exists`, { path: '/id' })
      }
      await checkReferences(principal.tenantId, body, undefined)
      const row = {
        tenant_id: principal.tenantId,
        id,
        name: body.name,
        parent_id: body.parentId ?? null,
        head_id: body.headId ?? null,
        created_at: deps.now().toISOString(),
      }
      await departments.insert(db, row)
      return c.json(departmentView(row), 201)
    },
  )

  router.add<DepartmentBody>(
    {
      method: 'patch',
      path: '/api/v1/departments/{departmentId}',
      summary: 'Rename, move or change the head of a department',
      tag: 'org',
      auth: 'user',
      body: 'DepartmentPatch',
      response: 'Department',
    },
    async ({ c, body, principal }) => {
      requirePermission(principal, 'org.manage')
      const id = c.req.param('departmentId') ?? ''
      const existing = await departments.get(db, principal.tenantId, id)
      if (!existing) throw fail.notFound('department')
      await checkReferences(principal.tenantId, body, id)
      const changes = {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.parentId === undefined ? {} : { parent_id: body.parentId }),
        ...(body.headId === undefined ? {} : { head_id: body.headId }),
      }
      await departments.update(db, principal.tenantId, id, changes)
      return c.json(departmentView({ ...existing, ...changes }))
    },
  )
}
