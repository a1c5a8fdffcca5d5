import type { Context } from 'hono'
import { fail, HttpError } from './errors.ts'

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** The request body as JSON: 415 unless it says it is JSON, 400 when it does not parse. */
export async function readJson(c: Context): Promise<unknown> {
  if (mediaType(c) !== 'application/json') {
    throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json')
  }
  const text = await c.req.text()
  try {
    return JSON.parse(text)
  } catch (error) {
    throw fail.badRequest('invalid_json', `the body is not JSON: ${(error as Error).message}`, '')
  }
}

export async function readCsv(c: Context): Promise<string> {
  if (mediaType(c) !== 'text/csv')
    throw new HttpError(415, 'unsupported_media_type', 'send the file as text/csv')
  return c.req.text()
}
