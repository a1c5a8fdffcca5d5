// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { xhrUploader } from './xhr-uploader.ts'

/** Stands in for the browser's XMLHttpRequest: records the request and answers as told. */
class FakeRequest {
  static last: FakeRequest | undefined
  method = ''
  url = ''
  headers: Record<string, string> = {}
  body: unknown
  status = 0
  responseText = ''
  withCredentials = false
  upload: { onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void } = {}
  onload?: () => void
  onerror?: () => void
  onabort?: () => void
  constructor() {
    FakeRequest.last = this
  }
  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  send(body: unknown) {
    this.body = body
  }
  abort() {
    this.onabort?.()
  }
  answer(status: number, body: unknown) {
    this.status = status
    this.responseText = JSON.stringify(body)
    this.onload?.()
  }
}

const real = globalThis.XMLHttpRequest
afterEach(() => {
  globalThis.XMLHttpRequest = real
})

describe('xhrUploader', () => {
  it('posts the file as multipart to the field, reports progress and answers the stored file', async () => {
    globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest
    const upload = xhrUploader({
      url: '/api/v1/attachments',
      appId: 'app_1',
      headers: { 'X-CSRF-Token': 't' },
    })
    const progress: number[] = []
    const file = new File(['abc'], 'r.png', { type: 'image/png' })
    const done = upload(file, {
      fieldId: 'receipt',
      onProgress: (p) => progress.push(p),
      signal: new AbortController().signal,
    })
    const request = FakeRequest.last as FakeRequest
    expect(request.method).toBe('POST')
    expect(request.url).toBe('/api/v1/attachments?appId=app_1&fieldId=receipt')
    expect(request.headers).toEqual({ 'X-CSRF-Token': 't' })
    expect((request.body as FormData).get('file')).toBeInstanceOf(File)
    request.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 4 })
    request.answer(201, { id: 'att_1', name: 'r.png', size: 3, mime: 'image/png' })
    await expect(done).resolves.toEqual({ id: 'att_1', name: 'r.png', size: 3, mime: 'image/png' })
    expect(progress).toEqual([25])
  })

  it("rejects with the server's message when it refuses the file", async () => {
    globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest
    const upload = xhrUploader({ url: '/api/v1/attachments' })
    const file = new File(['abc'], 'x.exe', { type: 'application/octet-stream' })
    const done = upload(file, { fieldId: 'f', onProgress: () => {}, signal: new AbortController().signal })
    ;(FakeRequest.last as FakeRequest).answer(415, {
      error: { code: 'unsupported_file_type', message: 'not accepted here' },
    })
    await expect(done).rejects.toThrow('not accepted here')
  })
})
