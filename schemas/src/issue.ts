import type { ErrorObject } from 'ajv'

/** A problem found in a definition or a submission; path is a JSON Pointer into the checked document. */
export interface Issue {
  code: string
  message: string
  path: string
}

export function issuesFromAjv(errors: readonly ErrorObject[] | null | undefined): Issue[] {
  if (!errors) return []
  return errors.map((error) => {
    const missing = error.keyword === 'required' ? `/${String(error.params.missingProperty)}` : ''
    const extra =
      error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties'
        ? `/${String(error.params.additionalProperty ?? error.params.unevaluatedProperty)}`
        : ''
    return {
      code: `schema.${error.keyword}`,
      message: describe(error),
      path: `${error.instancePath}${missing || extra}`,
    }
  })
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return `missing required property "${String(error.params.missingProperty)}"`
    case 'additionalProperties':
      return `unknown property "${String(error.params.additionalProperty)}"`
    case 'unevaluatedProperties':
      return `unknown property "${String(error.params.unevaluatedProperty)}"`
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    case 'const':
      return `must be ${JSON.stringify(error.params.allowedValue)}`
    case 'discriminator':
      return error.params.error === 'mapping'
        ? `unknown ${String(error.params.tag)} ${JSON.stringify(error.params.tagValue)}`
        : `${String(error.params.tag)} must be a string`
    default:
      return error.message ?? error.keyword
  }
}
