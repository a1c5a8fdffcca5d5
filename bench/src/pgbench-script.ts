import type { CompiledQuery } from 'kysely'
import { generated } from './raw-replay.ts'

/** A SQL literal for a bound parameter, as PostgreSQL would read it in place of `$n`. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return `'${text.replaceAll("'", "''")}'`
}

/**
 * One statement the runtime sent, as pgbench text: parameters inlined and every generated id and
 * serial number made unique per script run (pgbench replaces `:client_id` and `:n` everywhere,
 * quoted text included; `-` keeps the variable names from running into the rest of the id).
 */
export function pgbenchStatement(
  query: Pick<CompiledQuery, 'sql' | 'parameters'>,
  keep: ReadonlySet<string>,
) {
  const inlined = query.sql.replace(/\$(\d+)/g, (_, index: string) =>
    literal(query.parameters[Number(index) - 1]),
  )
  const unique = inlined.replace(generated, (match) => (keep.has(match) ? match : `${match}-:client_id-:n`))
  return `${unique.replace(/\s+/g, ' ').trim()};`
}

/**
 * A pgbench custom script doing what one procurement did through the runtime, statement for
 * statement (reads, writes, begin and commit as captured), after copying the quote's attachment row.
 * One run of the script is one completed instance, so pgbench's tps is instances per second.
 */
export function pgbenchScript(options: {
  statements: readonly Pick<CompiledQuery, 'sql' | 'parameters'>[]
  quoteId: string
  keep: ReadonlySet<string>
}): string {
  const quote = literal(options.quoteId)
  const copyQuote = `insert into attachments (tenant_id, id, uploader_id, instance_id, name, mime, size, sha256, created_at) select tenant_id, ${quote} || '-:client_id-:n', uploader_id, null, name, mime, size, sha256, created_at from attachments where tenant_id = 'demo' and id = ${quote};`
  return [
    '\\set n random(1, 2000000000)',
    copyQuote,
    ...options.statements.map((query) => pgbenchStatement(query, options.keep)),
    '',
  ].join('\n')
}
