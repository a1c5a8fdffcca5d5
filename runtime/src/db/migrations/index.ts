import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely'
import type { Db } from '../database.ts'
import { migrationSchema } from '../dialect.ts'
import { foundation } from './0001-foundation.ts'
import { instances } from './0002-instances.ts'
import { webhooks } from './0003-webhooks.ts'
import { attachments } from './0004-attachments.ts'
import { workCalendars } from './0005-work-calendars.ts'
import { certification } from './0006-certification.ts'
import { growthIndexes } from './0007-growth-indexes.ts'
import { orgRevisions } from './0008-org-revisions.ts'
import { twoFactor } from './0009-two-factor.ts'
import { certificationApplyClaims } from './0010-certification-apply-claims.ts'
import { auditChain } from './0011-audit-chain.ts'
import { compactEventsAndNotices } from './0012-compact-events.ts'

// Listed in code rather than read from a folder, so the order is explicit and nothing depends on
// the file system layout at run time.
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-instances': instances,
  '0003-webhooks': webhooks,
  '0004-attachments': attachments,
  '0005-work-calendars': workCalendars,
  '0006-certification': certification,
  '0007-growth-indexes': growthIndexes,
  '0008-org-revisions': orgRevisions,
  '0009-two-factor': twoFactor,
  '0010-certification-apply-claims': certificationApplyClaims,
  '0011-audit-chain': auditChain,
  '0012-compact-events': compactEventsAndNotices,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

/**
 * Brings the schema to the latest migration. On PostgreSQL Kysely's Migrator holds an advisory lock
 * and runs the pending migrations in one transaction, so processes starting at once migrate once.
 */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  return migrate(db, (migrator) => migrator.migrateToLatest())
}

/** Brings the schema to the named migration and no further: how migration tests build an old database. */
export async function migrateTo(db: Db, name: keyof typeof migrations): Promise<MigrationResultSet> {
  return migrate(db, (migrator) => migrator.migrateTo(name))
}

async function migrate(
  db: Db,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<MigrationResultSet> {
  const schema = await migrationSchema(db)
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) })
  const result = await run(migrator)
  if (result.error) throw result.error
  return result
}
