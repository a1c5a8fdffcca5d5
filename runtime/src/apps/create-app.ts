import type { AppDefinition } from '@signoff/schemas'
import type { Db } from '../db/database.ts'
import { toJsonColumn } from '../db/json.ts'
import { HttpError } from '../http/errors.ts'
import { newId } from '../ids.ts'
import { type AppRow, apps } from '../repositories/apps.ts'

/** A new app whose draft is `content`; its key must be free in the tenant (409 otherwise). */
export async function createApp(
  db: Db,
  input: { tenantId: string; content: AppDefinition; createdBy: string | null; now: string },
): Promise<AppRow> {
  if (await apps.getByKey(db, input.tenantId, input.content.key)) {
    throw new HttpError(409, 'app_key_taken', `an app with key ${input.content.key} exists`, { path: '/key' })
  }
  const row: AppRow = {
    tenant_id: input.tenantId,
    id: newId('app'),
    key: input.content.key,
    name: toJsonColumn(input.content.name),
    draft: toJsonColumn(input.content),
    draft_revision: 1,
    current_version: null,
    created_by: input.createdBy,
    created_at: input.now,
    updated_at: input.now,
  }
  await apps.insert(db, row)
  return row
}
