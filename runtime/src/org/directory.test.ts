import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Db, openDatabase } from '../db/database.ts'
import { migrateToLatest } from '../db/migrations/index.ts'
import { delegations } from '../repositories/delegations.ts'
import { departments } from '../repositories/departments.ts'
import { roles } from '../repositories/roles.ts'
import { users } from '../repositories/users.ts'
import { workCalendars } from '../repositories/work-calendars.ts'
import { demoTenants, seedDemo } from '../seed/demo.ts'
import { fastHasher } from '../testing/fast-hasher.ts'
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts'
import { loadDirectory } from './directory.ts'

// Two handles on one database stand for two server processes: each keeps its own directory cache.
let database: TestDatabase
let first: Db
let second: Db
const tenant = demoTenants.organization.id
const now = '2026-03-02T09:00:00.000Z'

beforeAll(async () => {
  database = await createTestDatabase(mkdtempSync(join(tmpdir(), 'signoff-directory-')))
  first = openDatabase(database.location)
  second = openDatabase(database.location)
  await migrateToLatest(first)
  await seedDemo(first, fastHasher, new Date(now))
})
afterAll(async () => {
  await first.destroy()
  await second.destroy()
  await database.drop()
})

const userIn = async (db: Db, id: string) =>
  (await loadDirectory(db, tenant)).users.find((user) => user.id === id)

describe('loadDirectory across processes', () => {
  it('serves the same directory until the organization changes', async () => {
    const once = await loadDirectory(second, tenant)
    expect(await loadDirectory(second, tenant)).toBe(once)
    expect(Object.isFrozen(once.users[0])).toBe(true)
  })

  it('shows every kind of org write made by one process to the other', async () => {
    const [someone] = (await loadDirectory(second, tenant)).users
    if (!someone) throw new Error('the demo has users')
    const writes: [string, () => Promise<unknown>, () => Promise<boolean>][] = [
      [
        'user',
        () => users.update(first, tenant, someone.id, { name: 'Renamed', updated_at: now }),
        async () => (await userIn(second, someone.id))?.name === 'Renamed',
      ],
      [
        'role member',
        async () => {
          await roles.insert(first, { tenant_id: tenant, id: 'auditor', name: '"Auditor"', created_at: now })
          await roles.addMember(first, tenant, 'auditor', someone.id)
        },
        async () => (await userIn(second, someone.id))?.roles.includes('auditor') === true,
      ],
      [
        'department',
        () =>
          departments.insert(first, {
            tenant_id: tenant,
            id: 'lab',
            name: 'Lab',
            parent_id: null,
            head_id: null,
            created_at: now,
          }),
        async () =>
          (await loadDirectory(second, tenant)).departments.some((department) => department.id === 'lab'),
      ],
      [
        'delegation',
        () =>
          delegations.insert(first, {
            tenant_id: tenant,
            id: 'away',
            user_id: someone.id,
            to_user_id: someone.id,
            from_date: '2026-04-01',
            until_date: '2026-04-02',
            created_at: now,
          }),
        async () => (await userIn(second, someone.id))?.delegations?.length === 1,
      ],
      [
        'calendar',
        () => workCalendars.put(first, tenant, { holidays: ['2026-05-01'], workdays: [] }, now),
        async () => (await loadDirectory(second, tenant)).calendar?.holidays?.includes('2026-05-01') === true,
      ],
      [
        'deactivation',
        () => users.update(first, tenant, someone.id, { active: 0, updated_at: now }),
        async () => (await userIn(second, someone.id))?.active === false,
      ],
    ]
    for (const [what, write, seen] of writes) {
      await loadDirectory(second, tenant)
      await write()
      expect(await seen(), what).toBe(true)
    }
  })

  it('forgets what a rolled-back transaction loaded', async () => {
    await expect(
      first.transaction().execute(async (trx) => {
        await departments.insert(trx, {
          tenant_id: tenant,
          id: 'ghost',
          name: 'Ghost',
          parent_id: null,
          head_id: null,
          created_at: now,
        })
        expect((await loadDirectory(trx, tenant)).departments.some((d) => d.id === 'ghost')).toBe(true)
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    expect((await loadDirectory(first, tenant)).departments.some((d) => d.id === 'ghost')).toBe(false)
  })
})
