import type { OrgImportRow } from '@signoff/schemas'
import type { Db } from '../db/database.ts'
import { newId } from '../ids.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { departments } from '../repositories/departments.ts'
import { tenants } from '../repositories/tenants.ts'
import { users } from '../repositories/users.ts'
import { roleList } from './import-check.ts'
import { userIdFor } from './user-ids.ts'

export interface ImportActor {
  tenantId: string
  actorId: string
  now: string
}

/**
 * Writes checked rows in one transaction: departments named by path are found or created under the
 * root department (a leading segment naming the root itself is allowed), then the members, their
 * roles and the department heads. Imported members have no password until one is set.
 */
export async function applyImport(db: Db, actor: ImportActor, rows: readonly OrgImportRow[]) {
  return db.transaction().execute(async (trx) => {
    const { tenantId, now } = actor
    const existing = await departments.list(trx, tenantId)
    const created: string[] = []
    let root = existing.find((department) => department.parent_id === null)
    if (!root) {
      const tenant = await tenants.get(trx, tenantId)
      root = {
        tenant_id: tenantId,
        id: newId('d'),
        name: tenant?.name ?? 'root',
        parent_id: null,
        head_id: null,
        created_at: now,
      }
      await departments.insert(trx, root)
      existing.push(root)
      created.push(root.name)
    }
    const rootRow = root
    const byPath = new Map<string, string>()
    async function departmentFor(path: string): Promise<string> {
      const segments = path.split('/').map((segment) => segment.trim())
      if (segments[0] === rootRow.name) segments.shift()
      let parentId = rootRow.id
      for (let depth = 0; depth < segments.length; depth++) {
        const key = segments.slice(0, depth + 1).join('/')
        const known = byPath.get(key)
        const name = segments[depth] as string
        const found = known ?? existing.find((d) => d.parent_id === parentId && d.name === name)?.id
        if (found) {
          byPath.set(key, found)
          parentId = found
          continue
        }
        const row = {
          tenant_id: tenantId,
          id: newId('d'),
          name,
          parent_id: parentId,
          head_id: null,
          created_at: now,
        }
        await departments.insert(trx, row)
        existing.push(row)
        created.push(key)
        byPath.set(key, row.id)
        parentId = row.id
      }
      return parentId
    }

    const takenIds = new Set((await users.list(trx, tenantId)).map((user) => user.id))
    for (const row of rows) {
      const departmentId = await departmentFor(row.department)
      const id = userIdFor(row.login, (candidate) => takenIds.has(candidate))
      takenIds.add(id)
      await users.insert(trx, {
        tenant_id: tenantId,
        id,
        login: row.login,
        name: row.name,
        email: row.email || null,
        phone: row.phone || null,
        department_id: departmentId,
        password_hash: null,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      await users.setRoles(trx, tenantId, id, roleList(row))
      if (row.head === 'yes') await departments.update(trx, tenantId, departmentId, { head_id: id })
    }
    await auditLog.append(trx, {
      tenantId,
      at: now,
      actorId: actor.actorId,
      action: 'org.import',
      targetType: 'organization',
      targetId: tenantId,
      detail: { imported: rows.length, createdDepartments: created },
    })
    return { imported: rows.length, createdDepartments: created }
  })
}
