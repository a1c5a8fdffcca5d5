import { acceptsFile } from '@signoff/schemas'
import { fileSize, ui } from '../i18n/ui.ts'
import type { Locale } from '../types.ts'

export interface FileRules {
  accept?: readonly string[]
  maxSize?: number
  maxCount?: number
}

/** The server's limits when a field sets none (schemas' value specs). */
export const defaultImageTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp']
const largestFile = 104857600
const mostFiles = 50

/**
 * Why a chosen file cannot be uploaded to this field, checked before any byte is sent with the same rules
 * the submission schema applies afterwards; undefined when it may be.
 */
export function refusal(
  file: Pick<File, 'name' | 'size' | 'type'>,
  rules: FileRules,
  alreadyThere: number,
  locale: Locale,
): string | undefined {
  const maxCount = rules.maxCount ?? mostFiles
  if (alreadyThere >= maxCount) return ui(locale, 'tooManyFiles', { n: maxCount })
  if (
    rules.accept &&
    !acceptsFile(rules.accept, { name: file.name, mime: file.type || 'application/octet-stream' })
  )
    return ui(locale, 'fileWrongType', {
      name: file.name,
      accept: rules.accept.join(locale === 'en' ? ', ' : '、'),
    })
  const limit = Math.min(rules.maxSize ?? largestFile, largestFile)
  if (file.size > limit) return ui(locale, 'fileTooBig', { name: file.name, limit: fileSize(limit) })
  return undefined
}
