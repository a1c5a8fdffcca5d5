import type SQLite from 'better-sqlite3'
import { hashBytes, restoreEvent } from '../../runtime/src/instances/event-storage.ts'
import { type ChainedContent, chainStart, contentHash } from '../../runtime/src/instances/hash-chain.ts'

/** The tables that hold an instance's rows, with the column that names the instance. */
const instanceTables = [
  ['instances', 'id'],
  ['tasks', 'instance_id'],
  ['instance_events', 'instance_id'],
  ['notifications', 'instance_id'],
  ['outbox', 'instance_id'],
  ['timers', 'instance_id'],
  ['attachments', 'instance_id'],
] as const

type Part = string | { id: string }
type Column = { name: string; value: unknown; parts?: Part[] }
type TemplateRow = { table: string; columns: Column[] }

// Ids the runtime generates (prefix_ + 20 hex) and serial numbers.
const generated = /\b([a-z]+_[0-9a-f]{20}|[A-Z]{2}-\d{8}-\d{4})\b/g
// Plain timestamp columns move with the copy's creation time; the event log keeps its own (hash-chained).
const shifted = new Set(['created_at', 'updated_at', 'completed_at', 'due_at', 'next_at'])

function split(text: string, keep: ReadonlySet<string>): Part[] | undefined {
  const parts: Part[] = []
  let last = 0
  for (const match of text.matchAll(generated)) {
    if (keep.has(match[0])) continue
    parts.push(text.slice(last, match.index), { id: match[0] })
    last = (match.index as number) + match[0].length
  }
  if (parts.length === 0) return undefined
  parts.push(text.slice(last))
  return parts
}

/** Every row one instance left in the database, with its generated ids located once for fast copies. */
export function readTemplate(
  raw: SQLite.Database,
  tenantId: string,
  instanceId: string,
  keep: ReadonlySet<string>,
) {
  const rows: TemplateRow[] = []
  for (const [table, column] of instanceTables) {
    const found = raw
      .prepare(`select * from ${table} where tenant_id = ? and ${column} = ?`)
      .all(tenantId, instanceId) as Record<string, unknown>[]
    for (const row of found)
      rows.push({
        table,
        columns: Object.entries(row).map(([name, value]) => ({
          name,
          value,
          ...(typeof value === 'string' ? { parts: split(value, keep) } : {}),
        })),
      })
  }
  return rows
}

export type Template = ReturnType<typeof readTemplate>

/**
 * Writes copies of template instances with raw prepared statements: fresh ids (same shapes and
 * prefixes as the runtime's), unique serial numbers, plain timestamps moved back by `ageMs`, and
 * the event log's hash chain recomputed over the renamed ids so that it still verifies.
 */
export function cloner(raw: SQLite.Database) {
  const inserts = new Map<string, SQLite.Statement>()
  let counter = 0
  const statement = (row: TemplateRow) => {
    const key = `${row.table}:${row.columns.map((column) => column.name).join(',')}`
    let found = inserts.get(key)
    if (!found) {
      const names = row.columns.map((column) => `"${column.name}"`).join(', ')
      found = raw.prepare(
        `insert into ${row.table} (${names}) values (${row.columns.map(() => '?').join(', ')})`,
      )
      inserts.set(key, found)
    }
    return found
  }
  const freshId = (id: string) => {
    counter++
    const serial = /^([A-Z]{2}-\d{8})-\d{4}$/.exec(id)
    if (serial) return `${serial[1]}-${counter.toString().padStart(9, '0')}`
    return `${id.slice(0, id.indexOf('_'))}_${counter.toString(16).padStart(20, '0')}`
  }
  return (template: Template, ageMs: number) => {
    const ids = new Map<string, string>()
    const mapped = (id: string) => {
      let fresh = ids.get(id)
      if (!fresh) {
        fresh = freshId(id)
        ids.set(id, fresh)
      }
      return fresh
    }
    let prevHash = chainStart
    for (const row of template) {
      const values = row.columns.map((column) => {
        let value = column.value
        if (column.parts)
          value = column.parts.map((part) => (typeof part === 'string' ? part : mapped(part.id))).join('')
        if (
          ageMs !== 0 &&
          typeof value === 'string' &&
          shifted.has(column.name) &&
          row.table !== 'instance_events'
        )
          value = new Date(Date.parse(value) - ageMs).toISOString()
        return value
      })
      if (row.table === 'instance_events') {
        // The stored row (event-storage.ts) with its ids renamed: hashed whole, as the runtime does.
        const stored = Object.fromEntries(row.columns.map((column, index) => [column.name, values[index]]))
        const columns = stored as unknown as ChainedContent
        const whole = restoreEvent(
          columns,
          JSON.parse(stored.event as string),
          JSON.parse(stored.timeline as string),
        )
        const hash = contentHash(prevHash, { ...columns, ...whole })
        values[row.columns.findIndex((column) => column.name === 'hash')] = hashBytes(hash)
        prevHash = hash
      }
      statement(row).run(...values)
    }
  }
}
