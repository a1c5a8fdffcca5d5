import type { Db } from '../db/database.ts'
import type { TenantTable } from '../db/schema.ts'

export type Tenant = TenantTable

export const tenants = {
  insert: (db: Db, tenant: Tenant) => db.insertInto('tenants').values(tenant).execute(),
  get: (db: Db, id: string) => db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst(),
  getBySlug: (db: Db, slug: string) =>
    db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst(),
  count: async (db: Db) => {
    const row = await db
      .selectFrom('tenants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  },
}
