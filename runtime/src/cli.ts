import { resolve } from 'node:path'
import { ConfigError, loadConfig } from './config.ts'
import { openDatabase } from './db/database.ts'
import { isPostgresUrl, sqliteFile } from './db/drivers.ts'
import { backupSqlite, restoreSqlite } from './ops/backup.ts'
import { purgeAuditLog } from './ops/retention.ts'
import { verifyAllChains } from './ops/verify-chains.ts'

// Operator commands over the database the server's environment names (SIGNOFF_DATA_DIR, DATABASE_URL,
// SIGNOFF_DB_SCHEMA). Exit codes: 0 done, 1 the check failed, 2 wrong usage or configuration.

const usage = `usage: signoff-runtime <command>
  backup <file>              online SQLite backup (PostgreSQL: use pg_dump, see runtime/README.md)
  restore <file> [--replace] restore a SQLite backup into the data directory (server stopped)
  verify-audit               check every hash chain (instance events, audit log); exit 1 at the first broken link
  purge-audit                delete audit rows older than SIGNOFF_AUDIT_RETENTION_DAYS now`

class UsageError extends Error {}

const postgresHint = (tool: string) =>
  new UsageError(`DATABASE_URL is PostgreSQL: use ${tool} (see "Backup and restore" in runtime/README.md)`)

async function run(args: readonly string[]): Promise<number> {
  const config = loadConfig(process.env, process.cwd())
  const [command, file, ...flags] = args
  const postgres = isPostgresUrl(config.databaseUrl)
  switch (command) {
    case 'backup': {
      if (postgres) throw postgresHint('pg_dump')
      if (!file) throw new UsageError(usage)
      await backupSqlite(sqliteFile(config), resolve(file))
      console.log(`backed up ${sqliteFile(config)} to ${resolve(file)}`)
      return 0
    }
    case 'restore': {
      if (postgres) throw postgresHint('pg_restore')
      if (!file) throw new UsageError(usage)
      await restoreSqlite(resolve(file), sqliteFile(config), { replace: flags.includes('--replace') })
      console.log(`restored ${resolve(file)} to ${sqliteFile(config)}`)
      return 0
    }
    case 'verify-audit':
    case 'purge-audit': {
      const db = openDatabase(config)
      try {
        if (command === 'purge-audit') {
          const purged = await purgeAuditLog(db, new Date(), config.auditRetentionDays)
          console.log(`purged ${purged} audit rows older than ${config.auditRetentionDays} days`)
          return 0
        }
        const report = await verifyAllChains(db)
        if (report.ok) {
          console.log(
            `ok: ${report.instances} instances, ${report.events} events, ${report.auditRows} audit rows; every chain verifies`,
          )
          return 0
        }
        const link =
          report.chain === 'instance'
            ? `instance ${report.instanceId} event ${report.seq}`
            : `audit log row ${report.seq}`
        console.error(`broken: tenant ${report.tenantId} ${link}: ${report.reason}`)
        return 1
      } finally {
        await db.destroy()
      }
    }
    default:
      throw new UsageError(usage)
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Operators read the message; a stack only for what is not an Error at all.
    console.error(error instanceof Error ? error.message : error)
    process.exit(error instanceof UsageError || error instanceof ConfigError ? 2 : 1)
  },
)
