import { type Compilable, type CompiledQuery, createQueryId, type QueryResult } from 'kysely'
import type { Db } from './database.ts'

/** Stands for the named parameter while the query is built once; never sent to the database. */
const prefix = '\u0000precompiled:'
const suffix = '\u0000'
const markerOf = (name: string) => `${prefix}${name}${suffix}`
const nameIn = (value: unknown) =>
  typeof value === 'string' && value.startsWith(prefix) && value.endsWith(suffix)
    ? value.slice(prefix.length, -suffix.length)
    : undefined

interface Plan {
  compiled: CompiledQuery
  /** Per parameter of the compiled SQL: the name it takes its value from, or undefined for a constant. */
  slots: (string | undefined)[]
}

/**
 * A statement of the hot path built and compiled by Kysely once per database dialect instead of on
 * every call (building and compiling was a tenth of the CPU of an event in the profile), then bound
 * to each call's values. `build` receives markers in place of the values and must use each one as a
 * plain value (a where operand, a column value), never to choose the shape of the query: the SQL is
 * fixed at the first call and stays parameterized. A value may be null; undefined is refused, since
 * the builder would have left its column out.
 */
export function precompiled<P extends object, R>(
  build: (db: Db, params: P) => Compilable<R>,
): (db: Db, params: P) => Promise<QueryResult<R>> {
  // Per Kysely adapter (a transaction shares its database's), so PostgreSQL and SQLite in one process
  // each get their own SQL.
  const plans = new WeakMap<object, Plan>()
  const markers = new Proxy({}, { get: (_, name) => markerOf(String(name)) }) as P
  return async (db, params) => {
    const adapter = db.getExecutor().adapter
    let plan = plans.get(adapter)
    if (!plan) {
      const compiled = build(db, markers).compile()
      plan = { compiled, slots: compiled.parameters.map(nameIn) }
      plans.set(adapter, plan)
    }
    const { compiled, slots } = plan
    const parameters = slots.map((name, index) => {
      if (name === undefined) return compiled.parameters[index]
      const value = (params as Record<string, unknown>)[name]
      if (value === undefined) throw new Error(`precompiled query: no value for ${name}`)
      return value
    })
    return db.executeQuery<R>({ ...compiled, parameters, queryId: createQueryId() })
  }
}
