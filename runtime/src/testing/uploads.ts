import type { Session, TestResponse, TestServer } from './harness.ts'

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
export function upload(
  server: TestServer,
  session: Session,
  bytes: Uint8Array,
  name: string,
  query = '',
): Promise<TestResponse> {
  const form = new FormData()
  form.append('file', new Blob([bytes]), name)
  return Promise.resolve(
    server.app.request(`/api/v1/attachments${query}`, {
      method: 'POST',
      body: form,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    }),
  ) as Promise<TestResponse>
}
