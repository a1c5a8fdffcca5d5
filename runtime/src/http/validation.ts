import { createAjv, type Issue, issuesFromAjv } from '@signoff/schemas'
import { type ApiSchemaName, apiSchemaBase, apiSchemas } from './api-schemas.ts'

type Ajv = ReturnType<typeof createAjv>

let shared: Ajv | undefined

/** One Ajv holding the definition schemas and the API schemas, built on first use. */
export function apiAjv(): Ajv {
  if (!shared) {
    const ajv = createAjv()
    for (const [name, schema] of Object.entries(apiSchemas)) {
      ajv.addSchema({ $id: `${apiSchemaBase}${name}.json`, ...schema })
    }
    shared = ajv
  }
  return shared
}

export function validateBody(name: ApiSchemaName, value: unknown): Issue[] {
  const validate = apiAjv().getSchema(`${apiSchemaBase}${name}.json`)
  if (!validate) throw new Error(`API schema ${name} is not registered`)
  return validate(value) ? [] : issuesFromAjv(validate.errors)
}
