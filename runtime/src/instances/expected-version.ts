import type { Context } from 'hono'
import { fail } from '../http/errors.ts'

/** The ETag of an instance at a version; If-Match carries it back. */
export const instanceEtag = (version: number) => `"v${version}"`

/**
 * The instance version the client acted on: `expectedVersion` in the body, else If-Match (`"v3"`,
 * `W/"v3"` or `3`), else undefined (the service then uses the version it reads in its transaction).
 */
export function expectedVersionOf(
  c: Context,
  body: { expectedVersion?: number } | undefined,
): number | undefined {
  if (body?.expectedVersion !== undefined) return body.expectedVersion
  const ifMatch = c.req.header('if-match')
  if (ifMatch === undefined) return undefined
  const match = /^(?:W\/)?"?v?(\d{1,9})"?$/.exec(ifMatch.trim())
  if (!match?.[1]) throw fail.badRequest('invalid_if_match', 'If-Match must be an instance ETag such as "v3"')
  return Number(match[1])
}
