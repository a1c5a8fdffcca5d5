import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely'
import type { Db } from '../database.ts'
import { foundation } from './0001-foundation.ts'
import { instances } from './0002-instances.ts'
import { webhooks } from './0003-webhooks.ts'
import { attachments } from './0004-attachments.ts'
import { workCalendars } from './0005-work-calendars.ts'

// Listed in code rather than read from a folder, so the order is explicit and nothing depends on
// the file system layout at run time.
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-instances': instances,
  '0003-webhooks': webhooks,
  '0004-attachments': attachments,
  '0005-work-calendars': workCalendars,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const result = await new Migrator({ db, provider }).migrateToLatest()
  if (result.error) throw result.error
  return result
}
