import pg from 'pg'

// PostgreSQL cannot hold U+0000 in text, nor the \u0000 escape in jsonb; SQLite holds both. So that
// the product accepts and returns the same strings on both engines, the pg client rewrites the two
// (and its own marker) into a reversible form in every string parameter, and reads them back from
// every text and JSON value: U+0000 → U+FFFF "0", an unescaped \u0000 → U+FFFF "u", U+FFFF →
// U+FFFF U+FFFF. U+FFFF is a noncharacter, so real text almost never pays the doubling.

const marker = '\uFFFF'
const needsEncoding = (text: string) =>
  text.includes('\u0000') || text.includes(marker) || text.includes('\\u0000')

export function encodeText(text: string): string {
  if (!needsEncoding(text)) return text
  let out = ''
  let backslashes = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    if (char === '\u0000' || char === marker) {
      out += char === marker ? marker + marker : `${marker}0`
      backslashes = 0
    } else if (char === '\\' && backslashes % 2 === 0 && text.startsWith('\\u0000', index)) {
      // Only an escape's own backslash starts the token: in JSON, "\\u0000" is a backslash and "u0000".
      out += `${marker}u`
      index += 5
      backslashes = 0
    } else {
      out += char
      backslashes = char === '\\' ? backslashes + 1 : 0
    }
  }
  return out
}

export function decodeText(text: string): string {
  if (!text.includes(marker)) return text
  let out = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    if (char !== marker) {
      out += char
      continue
    }
    index += 1
    const next = text[index]
    out += next === '0' ? '\u0000' : next === 'u' ? '\\u0000' : marker
  }
  return out
}

function encodeParameter(value: unknown): unknown {
  if (typeof value === 'string') return encodeText(value)
  return Array.isArray(value) ? value.map(encodeParameter) : value
}

/** A pg client whose query parameters are encoded (for pg.Pool's `Client` option). */
export class TextSafeClient extends pg.Client {}
const query = pg.Client.prototype.query
TextSafeClient.prototype.query = function (
  this: pg.Client,
  text: unknown,
  values?: unknown,
  callback?: unknown,
) {
  return (query as (...args: unknown[]) => unknown).call(
    this,
    text,
    Array.isArray(values) ? values.map(encodeParameter) : values,
    callback,
  )
} as typeof query

const jsonOids = new Set([114, 3802])
const textOids = new Set([25, 1043])

/**
 * Type parsers for pg.Pool's `types` option: text decoded; json/jsonb decoded and kept as text, so
 * JSON columns read the same on both engines (db/json.ts parses them); every other type as pg parses it.
 */
export const textSafeTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    jsonOids.has(oid) || textOids.has(oid)
      ? decodeText
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}
