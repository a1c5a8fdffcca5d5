import { createRequire } from 'node:module'
import { join } from 'node:path'

type Row = { amount: string; account_number: string }
type Database = {
  prepare: (sql: string) => { get: (...params: unknown[]) => Row | undefined }
  close: () => void
}

// The runtime's own SQLite driver, loaded from its package: the test package does not depend on it.
const load = createRequire(join(import.meta.dirname, '..', '..', '..', 'runtime', 'package.json'))
const Sqlite = load('better-sqlite3') as new (file: string, options: { readonly: boolean }) => Database

/**
 * What the simulated bank sent to an account, read from the e2e runtime's database file: a test-only
 * path standing in for the applicant checking their bank statement. No API shows the amount.
 */
export function depositSentTo(accountNumber: string): string | undefined {
  const dataDir = process.env.SIGNOFF_E2E_DATA
  if (!dataDir) throw new Error('SIGNOFF_E2E_DATA is not set (the Playwright config sets it)')
  const db = new Sqlite(join(dataDir, 'signoff.db'), { readonly: true })
  try {
    return db
      .prepare(
        'select amount, account_number from simulated_bank_transfers where account_number = ? order by created_at desc limit 1',
      )
      .get(accountNumber)?.amount
  } finally {
    db.close()
  }
}
