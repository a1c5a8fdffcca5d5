import type { Ajv2020 } from 'ajv/dist/2020.js'
import { definitionAjv } from './definition-ajv.ts'
import { schemaFiles } from './generated/schema-files.ts'

export { schemaBase } from './definition-ajv.ts'

/**
 * An Ajv with every definition schema, for checks made at run time (request bodies, tests). The app,
 * form, flow, directory and org-import validators are precompiled instead (validate.ts), so that the
 * designer runs no code generated in the browser.
 */
export function createAjv(): Ajv2020 {
  return definitionAjv(schemaFiles)
}
