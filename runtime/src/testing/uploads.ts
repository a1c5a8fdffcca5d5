import type { Session, TestResponse } from './harness.ts'

/** Bytes that sniff as the given type (its magic, then filler). */
export function fileOf(mime: string, size = 64): Uint8Array {
  const magic: Record<string, number[]> = {
    'application/pdf': [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)),
    'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
    'image/webp': [...'RIFF\0\0\0\0WEBP'].map((c) => c.charCodeAt(0)),
  }
  const bytes = new Uint8Array(Math.max(size, 16)).fill(0x20)
  bytes.set(magic[mime] ?? [])
  return bytes
}

/** POST /attachments as multipart with one `file` part. */
export function upload(session: Session, bytes: Uint8Array, name: string, query = ''): Promise<TestResponse> {
  const form = new FormData()
  form.append('file', new Blob([bytes]), name)
  return session.request('POST', `/api/v1/attachments${query}`, { form })
}

type FileValue = { id: string; name: string; size: number; mime: string }

const isFileValue = (value: unknown): value is FileValue =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  'id' in value &&
  'mime' in value &&
  'size' in value

/**
 * The values with every file value ({id, name, size, mime}, as in the template samples) replaced by
 * a real upload of that type by this session; `cache` makes repeated calls give the same files.
 */
export async function withUploads(
  session: Session,
  value: unknown,
  cache?: Map<string, Promise<FileValue>>,
): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((item) => withUploads(session, item, cache)))
  if (isFileValue(value)) {
    const make = async () =>
      (await (await upload(session, fileOf(value.mime), value.name)).json()) as FileValue
    if (!cache) return make()
    let file = cache.get(value.id)
    if (!file) {
      file = make()
      cache.set(value.id, file)
    }
    return file
  }
  if (value !== null && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(
        async ([key, item]) => [key, await withUploads(session, item, cache)] as const,
      ),
    )
    return Object.fromEntries(entries)
  }
  return value
}
