import { templates } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentHash } from '../apps/content-hash.ts'
import { fastHasher } from '../testing/fast-hasher.ts'
import { type TestServer, testServer } from '../testing/harness.ts'
import { seedDemo } from './demo.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer()
})
afterAll(() => server.close())

describe('seedDemo', () => {
  it('installs every template as version 1 of an app in the tenant it runs in, with the template as content', async () => {
    const rows = await server.db
      .selectFrom('app_versions')
      .innerJoin('apps', (join) =>
        join
          .onRef('apps.id', '=', 'app_versions.app_id')
          .onRef('apps.tenant_id', '=', 'app_versions.tenant_id'),
      )
      .select([
        'apps.tenant_id',
        'apps.key',
        'apps.current_version',
        'app_versions.number',
        'app_versions.content_hash',
      ])
      .execute()
    const expected = templates.map((template) => ({
      tenant_id: template.tenant === 'platform' ? 'platform' : 'demo',
      key: template.key,
      current_version: 1,
      number: 1,
      content_hash: contentHash(template.app),
    }))
    expect(rows.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      expected.sort((a, b) => a.key.localeCompare(b.key)),
    )
  })

  it('signs in every demo user with demo1234 and does nothing on a database that has tenants', async () => {
    for (const login of ['sunba', 'qianqi', 'zhangsan', 'admin', 'reviewer1', 'reviewer2']) {
      await expect(server.signIn(login)).resolves.toBeDefined()
    }
    expect(await seedDemo(server.db, fastHasher, new Date('2026-03-03T00:00:00Z'))).toEqual([])
  })
})
