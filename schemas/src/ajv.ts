import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { addChineseFormats } from './formats/register.ts'
import { schemaFiles } from './generated/schema-files.ts'

export const schemaBase = 'https://schemas.signoff.dev/'

// One Ajv instance for every definition schema: strict (a typo in a schema is an error, not a
// silently ignored keyword), all errors (owners fix everything in one pass), formats checked.
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    strictRequired: false,
    discriminator: true,
    allowUnionTypes: true,
  })
  addFormats.default(ajv)
  addChineseFormats(ajv)
  for (const schema of schemaFiles) ajv.addSchema(schema)
  return ajv
}
