import type { JsonSchema } from '../json-schema.ts'
import { type Group, isGroup, typeCheck, typedGroups } from './data-types.ts'
import { fragmentSegment } from './errors.ts'
import { keywords, passiveKeywords } from './keywords.ts'
import type { Check, KeywordContext, Node, Run } from './node.ts'

const isSchemaObject = (schema: unknown): schema is JsonSchema =>
  typeof schema === 'object' && schema !== null && !Array.isArray(schema)

/** Whether a schema can never fail: `true`, or an object with no checking keyword (Ajv skips those). */
export function alwaysValid(schema: unknown): boolean {
  if (typeof schema === 'boolean') return schema
  if (!isSchemaObject(schema)) return false
  // A skipped schema is still checked for keywords the interpreter does not know.
  refuseUnknownKeywords(schema, '#')
  return Object.keys(schema).every(
    (key) => !Object.hasOwn(keywords, key) && !['type', 'then', 'else'].includes(key),
  )
}

function refuseUnknownKeywords(schema: JsonSchema, schemaPath: string) {
  for (const key of Object.keys(schema))
    if (!Object.hasOwn(keywords, key) && !passiveKeywords.has(key))
      throw new Error(`${schemaPath}: the submission schema interpreter does not know the keyword "${key}"`)
}

const falseSchema =
  (schemaPath: string): Node =>
  (data, instancePath, run) => {
    run.errors.push({
      instancePath,
      schemaPath: `${schemaPath}/false schema`,
      keyword: 'false schema',
      params: {},
      message: 'boolean schema is false',
      schema: false,
      parentSchema: false,
      data,
    })
    return false
  }

function context(schema: JsonSchema, schemaPath: string, keyword: string): KeywordContext {
  const spec = keywords[keyword]
  return {
    schema,
    schemaPath,
    sub: (sub, ...segments) => buildNode(sub, [schemaPath, ...segments.map(fragmentSegment)].join('/')),
    alwaysValid,
    fail(run, data, instancePath, params = {}, message = spec?.message?.(params, schema[keyword])) {
      run.errors.push({
        instancePath,
        schemaPath: `${schemaPath}/${keyword}`,
        keyword,
        params,
        message,
        schema: schema[keyword],
        parentSchema: schema,
        data,
      })
      return false
    },
  }
}

function runAll(checks: readonly Check[], data: unknown, path: string, run: Run): boolean {
  let valid = true
  for (const check of checks) {
    valid = check(data, path, run) && valid
    if (!valid && !run.allErrors) return false
  }
  return valid
}

/**
 * A schema turned into a function that checks a value as Ajv's compiled code would: the keywords for
 * every value first, then those for the value's type; a `type` mismatch is reported where Ajv does
 * (up front, or in place of the keywords of that type when the schema has some).
 */
export function buildNode(schema: unknown, schemaPath = '#'): Node {
  if (schema === true) return () => true
  if (schema === false) return falseSchema(schemaPath)
  if (!isSchemaObject(schema)) throw new Error(`${schemaPath}: a schema must be an object or a boolean`)
  refuseUnknownKeywords(schema, schemaPath)
  if ((schema.then !== undefined || schema.else !== undefined) && schema.if === undefined)
    throw new Error(`${schemaPath}: "then" or "else" without "if" is ignored (strict mode)`)

  const groups = new Map<Group, Check[]>()
  for (const [keyword, spec] of Object.entries(keywords)) {
    if (schema[keyword] === undefined) continue
    const check = spec.build(schema[keyword], context(schema, schemaPath, keyword))
    for (const group of spec.groups) {
      // Ajv decides where the type is checked by the keywords present, even those that check nothing.
      const list = groups.get(group) ?? []
      if (check) list.push(check)
      groups.set(group, list)
    }
  }

  const type = schema.type
  const isType = type === undefined ? undefined : typeCheck(type)
  const inGroup = typeof type === 'string' && isGroup(type) && groups.has(type)
  const typeError = context(schema, schemaPath, 'type')
  const reportType = (data: unknown, path: string, run: Run) =>
    typeError.fail(run, data, path, { type }, `must be ${String(type)}`)
  const typed = typedGroups
    .filter((group) => groups.has(group))
    .map((group) => ({ group, is: typeCheck(group), checks: groups.get(group) ?? [] }))
  const untyped = groups.get('any') ?? []

  return (data, path, run) => {
    let valid = true
    if (isType && !inGroup && !isType(data)) {
      valid = reportType(data, path, run)
      if (!run.allErrors) return false
    }
    valid = runAll(untyped, data, path, run) && valid
    if (!valid && !run.allErrors) return false
    for (const { group, is, checks } of typed) {
      if (is(data)) valid = runAll(checks, data, path, run) && valid
      else if (inGroup && group === type) valid = reportType(data, path, run)
      if (!valid && !run.allErrors) return false
    }
    return valid
  }
}
