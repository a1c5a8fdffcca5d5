import type { Options } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { addCheckCharacterFormats } from './check-characters/formats.ts'
import { schemaFiles } from './generated/schema-files.ts'
import { submissionKeywords } from './submission-schema/keywords.ts'

export const schemaBase = 'https://schemas.signoff.dev/'

// One Ajv instance for every definition schema: strict (a typo in a schema is an error, not a
// silently ignored keyword), all errors (owners fix everything in one pass), formats checked.
// `options` adds to these (submission validators pass their context to keyword functions).
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    strictRequired: false,
    discriminator: true,
    allowUnionTypes: true,
    ...options,
  })
  addFormats.default(ajv)
  addCheckCharacterFormats(ajv)
  for (const keyword of submissionKeywords) ajv.addKeyword(keyword)
  for (const schema of schemaFiles) ajv.addSchema(schema)
  return ajv
}
