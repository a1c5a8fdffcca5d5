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

  const parser = Busboy({
    headers: { 'content-type': type },
    limits: { files: 1, fileSize: limit, fields: 20 },
  })
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
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        hash.update(chunk)
        if (head.length < headBytes)
          head = Uint8Array.from([...head, ...chunk.subarray(0, headBytes - head.length)])
      })
      pipeline(stream, createWriteStream(path))
        .then(() => {
          if (stream.truncated) reject(tooLarge(limit))
          else resolve({ name: filename || 'file', size, sha256: hash.digest('hex'), head })
        })
        .catch(reject)
    })
    parser.on('finish', () => {
      if (!seen) resolve(undefined)
    })
    parser.on('error', reject)
  })
  try {
    await pipeline(Readable.fromWeb(request.body as unknown as NodeWebStream), parser)
    const received = await file
    if (!received) throw fail.badRequest('no_file', 'the body has no part named file', '/file')
    return received
  } catch (error) {
    await rm(path, { force: true })
    if (error instanceof HttpError) throw error
    throw fail.badRequest(
      'invalid_multipart',
      `the multipart body could not be read: ${(error as Error).message}`,
    )
  }
}
