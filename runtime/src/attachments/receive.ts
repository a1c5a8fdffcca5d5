import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeWebStream } from 'node:stream/web'
import { Busboy } from '@fastify/busboy'
import { fail, HttpError } from '../http/errors.ts'

export interface Received {
  name: string
  size: number
  sha256: string
  /** The first bytes, for sniffing the type. */
  head: Uint8Array
}

const headBytes = 16

/**
 * The client's name for the file, for showing only: no path (busboy keeps just the last segment,
 * this drops a Windows one too), no control characters (NUL, CR, LF) and no bidi controls that
 * make "invoice\u202Efdp.exe" read as "invoiceexe.pdf"; at most 255 characters.
 */
export function safeName(filename: string | undefined): string {
  const base = (filename ?? '').split(/[\\/]/).pop() ?? ''
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '_')
  return [...clean].slice(0, 255).join('').trim() || 'file'
}

const tooLarge = (limit: number) =>
  new HttpError(413, 'payload_too_large', `the file is larger than ${limit} bytes`)

/**
 * Streams the one file part (`file`) of a multipart body to `path`, counting as it goes: beyond
 * `limit` bytes nothing more is written and the answer is 413 (the partial file removed). Other
 * parts are ignored; a body without a file is a 400.
 */
export async function receiveFile(request: Request, path: string, limit: number): Promise<Received> {
  const type = request.headers.get('content-type') ?? ''
  if (!type.toLowerCase().startsWith('multipart/form-data'))
    throw new HttpError(415, 'unsupported_media_type', 'send the file as multipart/form-data')
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  // Multipart framing is small; a body declared far larger than the limit is refused unread.
  if (declared > limit + 64 * 1024) throw tooLarge(limit)
  if (!request.body) throw fail.badRequest('no_file', 'the body has no file part', '/file')

  let parser: ReturnType<typeof Busboy>
  try {
    parser = Busboy({
      headers: { 'content-type': type },
      limits: { files: 1, fileSize: limit, fields: 20 },
    })
  } catch (error) {
    // A missing, empty or overlong boundary is the client's mistake, not the server's.
    throw fail.badRequest(
      'invalid_multipart',
      `the multipart body could not be read: ${(error as Error).message}`,
    )
  }
  const file = new Promise<Received | undefined>((resolve, reject) => {
    let seen = false
    parser.on('file', (field, stream, filename) => {
      if (field !== 'file' || seen) {
        stream.resume()
        return
      }
      seen = true
      const hash = createHash('sha256')
      let size = 0
      let head = new Uint8Array(0)
      // Refuse at the limit, not when the client finally stops sending.
      stream.on('limit', () => reject(tooLarge(limit)))
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        hash.update(chunk)
        if (head.length < headBytes)
          head = Uint8Array.from([...head, ...chunk.subarray(0, headBytes - head.length)])
      })
      pipeline(stream, createWriteStream(path))
        .then(() => {
          if (stream.truncated) reject(tooLarge(limit))
          else resolve({ name: safeName(filename), size, sha256: hash.digest('hex'), head })
        })
        .catch(reject)
    })
    parser.on('finish', () => {
      if (!seen) resolve(undefined)
    })
    parser.on('error', reject)
  })
  // Whichever of the body and the file fails first answers; the other's failure is expected then.
  file.catch(() => {})
  const body = Readable.fromWeb(request.body as unknown as NodeWebStream)
  const reading = pipeline(body, parser)
  reading.catch(() => {})
  try {
    await Promise.race([reading, file])
    const received = await file
    if (!received) throw fail.badRequest('no_file', 'the body has no part named file', '/file')
    return received
  } catch (error) {
    body.destroy()
    await rm(path, { force: true })
    if (error instanceof HttpError) throw error
    throw fail.badRequest(
      'invalid_multipart',
      `the multipart body could not be read: ${(error as Error).message}`,
    )
  }
}
