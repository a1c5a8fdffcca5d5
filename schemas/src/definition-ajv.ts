import type { Options } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { addChineseFormats } from './formats/register.ts'

export const schemaBase = 'https://schemas.signoff.dev/'

/**
 * The Ajv for the definition schemas, given the schema files: strict (a typo in a schema is an error,
 * not a silently ignored keyword), all errors (owners fix everything in one pass), formats checked.
 * `pnpm generate` builds the precompiled validators with this same Ajv (plus code options), so both
 * check alike.
 */
export function definitionAjv(schemas: readonly object[], code?: Options['code']): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    strictRequired: false,
    discriminator: true,
    allowUnionTypes: true,
    ...(code ? { code } : {}),
  })
  addFormats.default(ajv)
  addChineseFormats(ajv)
  for (const schema of schemas) ajv.addSchema(schema)
  return ajv
}
