import type SQLite from 'better-sqlite3'
import type { CompiledQuery } from 'kysely'
import type { Phase } from './procurement.ts'

export interface Write {
  sql: string
  parameters: readonly unknown[]
}

/** The runtime's statements that change rows (reads, begin and commit left out). */
export const isWrite = (sql: string) => /^\s*(insert|update|delete|replace)\b/i.test(sql)

/** Collects the writes of each phase's transaction while the runtime runs one instance. */
export function writeRecorder() {
  const byPhase = new Map<Phase, Write[]>()
  let current: Write[] = []
  return {
    capture: (query: CompiledQuery) => {
      if (isWrite(query.sql)) current.push({ sql: query.sql, parameters: query.parameters })
    },
    endPhase: (phase: Phase) => {
      byPhase.set(phase, current)
      current = []
    },
    writes: () => byPhase,
  }
}

// Ids the runtime generates (prefix_ + 20 hex) and serial numbers: renamed per copy so keys stay unique.
export const generated = /\b([a-z]+_[0-9a-f]{20}|[A-Z]{2}-\d{8}-\d{4})\b/g

/** The same writes for copy `k`: every generated id and serial number gets the suffix `_k`. */
export function renamed(writes: readonly Write[], k: number, keep: ReadonlySet<string>): Write[] {
  const rename = (value: unknown) =>
    typeof value === 'string'
      ? value.replace(generated, (match) => (keep.has(match) ? match : `${match}_${k}`))
      : value
  return writes.map((write) => ({ sql: write.sql, parameters: write.parameters.map(rename) }))
}

/**
 * Replays recorded transactions with raw better-sqlite3: each statement prepared once, each
 * transaction one `db.transaction` call. Returns the function that runs one copy's transactions.
 */
export function rawReplayer(raw: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>()
  const prepared = (sql: string) => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = raw.prepare(sql)
      statements.set(sql, statement)
    }
    return statement
  }
  const runOne = raw.transaction((writes: readonly Write[]) => {
    for (const write of writes) {
      const statement = prepared(write.sql)
      if (statement.reader) statement.all(...write.parameters)
      else statement.run(...write.parameters)
    }
  })
  return (transactions: readonly (readonly Write[])[]) => {
    for (const writes of transactions) runOne(writes)
  }
}
