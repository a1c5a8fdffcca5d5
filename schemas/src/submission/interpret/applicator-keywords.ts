import type { JsonSchema } from '../json-schema.ts'
import { pointerSegment } from './errors.ts'
import type { KeywordContext, KeywordSpec, Node, Run } from './node.ts'

const schemaList = (value: unknown, keyword: string): unknown[] => {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`"${keyword}" must be a non-empty list`)
  return value
}
const schemaMap = (value: unknown, keyword: string): JsonSchema => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`"${keyword}" must be an object of schemas`)
  return value as JsonSchema
}

/** A run for a test whose errors are never shown (`if`, `not`): it stops at the first failure, as Ajv's. */
const silent = (run: Run): Run => ({ errors: [], allErrors: false, evaluate: run.evaluate })

const record = (data: unknown) => data as Record<string, unknown>
const child = (path: string, key: string | number) => `${path}/${pointerSegment(key)}`

// Ajv leaves out the subschemas that cannot fail; `names` keeps the schema's own keys but "__proto__".
const checkedProperties = (properties: JsonSchema, c: KeywordContext): [string, Node][] =>
  Object.keys(properties)
    .filter((name) => name !== '__proto__' && !c.alwaysValid(properties[name]))
    .map((name) => [name, c.sub(properties[name], 'properties', name)])

/** Ajv's applicator vocabulary, as far as submission schemas use it. */
export const applicatorKeywords = {
  not: {
    groups: ['any'],
    message: () => 'must NOT be valid',
    build(value, c) {
      const inner = c.sub(value, 'not')
      return (data, path, run) => !inner(data, path, silent(run)) || c.fail(run, data, path)
    },
  },
  anyOf: {
    groups: ['any'],
    message: () => 'must match a schema in anyOf',
    build(value, c) {
      const list = schemaList(value, 'anyOf')
      if (list.some((schema) => c.alwaysValid(schema))) return undefined
      const branches = list.map((schema, i) => c.sub(schema, 'anyOf', i))
      return (data, path, run) => {
        const before = run.errors.length
        // The first branch that holds ends the search and drops the errors of those before it.
        for (const branch of branches)
          if (branch(data, path, run)) {
            run.errors.length = before
            return true
          }
        return c.fail(run, data, path)
      }
    },
  },
  allOf: {
    groups: ['any'],
    build(value, c) {
      const parts = schemaList(value, 'allOf')
        .map((schema, i) => (c.alwaysValid(schema) ? undefined : c.sub(schema, 'allOf', i)))
        .filter((part) => part !== undefined)
      return (data, path, run) => {
        let valid = true
        for (const part of parts) {
          valid = part(data, path, run) && valid
          if (!valid && !run.allErrors) break
        }
        return valid
      }
    },
  },
  if: {
    groups: ['any'],
    message: (p) => `must match "${String(p.failingKeyword)}" schema`,
    build(value, c) {
      const { then: consequence, else: alternative } = c.schema
      if (consequence === undefined && alternative === undefined)
        throw new Error('"if" without "then" or "else" is ignored (strict mode)')
      const test = c.sub(value, 'if')
      const clause = (schema: unknown, keyword: string) =>
        schema === undefined || c.alwaysValid(schema) ? undefined : c.sub(schema, keyword)
      const whenTrue = clause(consequence, 'then')
      const whenFalse = clause(alternative, 'else')
      if (!whenTrue && !whenFalse) return undefined
      return (data, path, run) => {
        const holds = test(data, path, silent(run))
        const keyword = holds ? 'then' : 'else'
        const branch = holds ? whenTrue : whenFalse
        return !branch || branch(data, path, run) || c.fail(run, data, path, { failingKeyword: keyword })
      }
    },
  },
  additionalProperties: {
    groups: ['object'],
    message: () => 'must NOT have additional properties',
    build(value, c) {
      if (value !== false) throw new Error('the schema interpreter knows "additionalProperties": false only')
      const known = new Set(Object.keys(c.schema.properties ?? {}).filter((name) => name !== '__proto__'))
      return (data, path, run) => {
        let valid = true
        for (const key in record(data)) {
          if (known.has(key)) continue
          valid = c.fail(run, data, path, { additionalProperty: key })
          if (!run.allErrors) break
        }
        return valid
      }
    },
  },
  properties: {
    groups: ['object'],
    build(value, c) {
      const properties = checkedProperties(schemaMap(value, 'properties'), c)
      if (properties.length === 0) return undefined
      return (data, path, run) => {
        let valid = true
        for (const [name, check] of properties) {
          // As Ajv: a property is there when reading it gives something (inherited ones included).
          const item = record(data)[name]
          if (item === undefined) continue
          valid = check(item, child(path, name), run) && valid
          if (!valid && !run.allErrors) break
        }
        return valid
      }
    },
  },
  items: {
    groups: ['array'],
    build(value, c) {
      if (c.alwaysValid(value)) return undefined
      const each = c.sub(value, 'items')
      return (data, path, run) => {
        let valid = true
        const list = data as unknown[]
        for (let i = 0; i < list.length; i++) {
          valid = each(list[i], child(path, i), run) && valid
          if (!valid && !run.allErrors) break
        }
        return valid
      }
    },
  },
  contains: {
    groups: ['array'],
    message: () => 'must contain at least 1 valid item(s)',
    build(value, c) {
      const each = c.sub(value, 'contains')
      return (data, path, run) => {
        const before = run.errors.length
        const list = data as unknown[]
        for (let i = 0; i < list.length; i++)
          if (each(list[i], child(path, i), run)) {
            run.errors.length = before
            return true
          }
        return c.fail(run, data, path, { minContains: 1 })
      }
    },
  },
} satisfies Record<string, KeywordSpec>
