// JSON documents are TEXT on SQLite. Every read and write of a JSON column goes through these two
// functions, the one place a PostgreSQL dialect would switch to jsonb.

export function toJsonColumn(value: unknown): string {
  return JSON.stringify(value)
}

export function fromJsonColumn<T>(text: string): T {
  return JSON.parse(text) as T
}
