// JSON documents are text on SQLite and jsonb on PostgreSQL (whose driver hands them back as text,
// see drivers.ts). Every read and write of a JSON column goes through these two functions.

export function toJsonColumn(value: unknown): string {
  return JSON.stringify(value)
}

export function fromJsonColumn<T>(text: string): T {
  return JSON.parse(text) as T
}
