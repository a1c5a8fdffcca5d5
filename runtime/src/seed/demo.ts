import {
  demoDirectory,
  demoTenantName,
  platformDirectory,
  platformTenantName,
  type TemplateTenant,
  templates,
} from '@signoff/templates'
import { createApp } from '../apps/create-app.ts'
import { publishVersion } from '../apps/publish.ts'
import type { PasswordHasher } from '../auth/password.ts'
import type { Db } from '../db/database.ts'
import { loadDirectory } from '../org/directory.ts'
import { tenants } from '../repositories/tenants.ts'
import { seedTenant } from './seed-tenant.ts'

export const demoPassword = 'demo1234'

export const demoTenants: Record<TemplateTenant, { id: string; slug: string; name: string }> = {
  organization: { id: 'demo', slug: 'demo', name: demoTenantName },
  platform: { id: 'platform', slug: 'platform', name: platformTenantName },
}

export interface DemoLogin {
  tenant: string
  login: string
  name: string
  roles: string[]
}

/**
 * On an empty database: the demo organization and the platform tenant from @signoff/templates, every
 * user with password demo1234, and each built-in template installed and published as version 1 in
 * the tenant it runs in. Returns the logins to print; nothing when the database already has tenants.
 */
export async function seedDemo(db: Db, hasher: PasswordHasher, now: Date): Promise<DemoLogin[]> {
  if ((await tenants.count(db)) > 0) return []
  const passwordHash = await hasher.hash(demoPassword)
  const at = now.toISOString()
  const directories = { organization: demoDirectory, platform: platformDirectory }
  await db.transaction().execute(async (trx) => {
    for (const kind of ['organization', 'platform'] as const) {
      const tenant = demoTenants[kind]
      await seedTenant(
        trx,
        { ...tenant, kind, certification_level: kind === 'platform' ? 'platform' : 'none', created_at: at },
        directories[kind],
        passwordHash,
      )
    }
  })
  for (const template of templates) {
    const tenantId = demoTenants[template.tenant].id
    const app = await createApp(db, {
      tenantId,
      content: structuredClone(template.app),
      createdBy: null,
      now: at,
    })
    await publishVersion(db, {
      tenantId,
      appId: app.id,
      content: template.app,
      note: 'built-in template',
      authorId: null,
      now: at,
      directory: await loadDirectory(db, tenantId),
      action: 'app.publish',
    })
  }
  return (['organization', 'platform'] as const).flatMap((kind) =>
    directories[kind].users.map((user) => ({
      tenant: demoTenants[kind].slug,
      login: user.id,
      name: user.name,
      roles: user.roles,
    })),
  )
}
