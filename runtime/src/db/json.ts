import { type RawBuilder, sql } from 'kysely'

// JSON documents are TEXT on SQLite. Every read and write of a JSON column goes through these
// functions, the one place a PostgreSQL dialect would switch to jsonb.

export function toJsonColumn(value: unknown): string {
  return JSON.stringify(value)
}

export function fromJsonColumn<T>(text: string): T {
  return JSON.parse(text) as T
}

/** The value at `$.a.b` inside a JSON column, as text (numbers and strings alike), for filters. */
export function jsonTextAt(column: string, keys: readonly string[]): RawBuilder<string | null> {
  const path = `$${keys.map((key) => `."${key.replaceAll('"', '')}"`).join('')}`
  return sql<string | null>`cast(json_extract(${sql.ref(column)}, ${path}) as text)`
}
