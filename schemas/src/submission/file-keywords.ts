import type { KeywordDefinition } from 'ajv'

/** An uploaded file as a submission holds it. */
export interface SubmittedFile {
  id: string
  name: string
  size: number
  mime: string
}

/**
 * Whether a file fits an accept list: an exact MIME type ("application/pdf"), a wildcard ("image/*")
 * or an extension (".pdf", compared without case against the file name).
 */
export function acceptsFile(accept: readonly string[], file: Pick<SubmittedFile, 'name' | 'mime'>): boolean {
  const mime = file.mime.toLowerCase()
  const name = file.name.toLowerCase()
  return accept.some((rule) => {
    const lower = rule.toLowerCase()
    if (lower.startsWith('.')) return name.endsWith(lower)
    if (lower.endsWith('/*')) return mime.startsWith(lower.slice(0, -1))
    return mime === lower
  })
}

export const fileAcceptKeyword: KeywordDefinition = {
  keyword: 'fileAccept',
  type: 'object',
  schemaType: 'array',
  compile(accept: string[]) {
    return (data: Record<string, unknown>) =>
      typeof data.name !== 'string' || typeof data.mime !== 'string' || acceptsFile(accept, data as never)
  },
}
