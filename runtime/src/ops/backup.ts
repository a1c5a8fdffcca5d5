import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'

/**
 * An online backup of a SQLite database file (SQLite's backup API: consistent while the server keeps
 * writing, WAL included). Written beside the destination first and renamed, so a failed backup never
 * leaves a half file under the destination name.
 */
export async function backupSqlite(source: string, destination: string): Promise<void> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`)
  const partial = `${destination}.partial`
  rmSync(partial, { force: true })
  const database = new SQLite(source, { readonly: true, fileMustExist: true })
  try {
    database.pragma('busy_timeout = 5000')
    await database.backup(partial)
  } finally {
    database.close()
  }
  // One self-contained file: the copy leaves WAL mode (the server turns it on again when it opens it).
  const check = new SQLite(partial)
  try {
    check.pragma('journal_mode = DELETE')
    assertIntact(check, partial)
  } finally {
    check.close()
  }
  renameSync(partial, destination)
}

/**
 * Restores a backup file as the database at `target` (the server must be stopped). The backup is
 * checked first; an existing database is replaced only with `replace`, and its WAL files go with it
 * (left behind, SQLite would replay them over the restored file).
 */
export async function restoreSqlite(
  backup: string,
  target: string,
  options: { replace: boolean },
): Promise<void> {
  if (!existsSync(backup)) throw new Error(`no backup at ${backup}`)
  if (existsSync(target) && !options.replace)
    throw new Error(`${target} exists; stop the server and pass --replace to overwrite it`)
  const source = new SQLite(backup, { readonly: true, fileMustExist: true })
  mkdirSync(dirname(target), { recursive: true })
  const partial = `${target}.restoring`
  rmSync(partial, { force: true })
  try {
    assertIntact(source, backup)
    await source.backup(partial)
  } finally {
    source.close()
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(partial, target)
}

function assertIntact(database: SQLite.Database, file: string): void {
  const result = database.pragma('integrity_check', { simple: true })
  if (result !== 'ok') throw new Error(`${file} fails SQLite's integrity check: ${String(result)}`)
}
