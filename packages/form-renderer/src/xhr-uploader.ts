import type { SubmittedFile } from '@signoff/schemas'
import type { UploadService } from './types.ts'

export interface XhrUploaderOptions {
  /** The upload endpoint, e.g. "/api/v1/attachments". */
  url: string
  /** The app whose field rules the server applies (its ?appId). */
  appId?: string
  /** Extra headers, such as the CSRF token. */
  headers?: Record<string, string>
}

/**
 * An uploader for the runtime's POST /attachments: multipart part `file`, progress from XMLHttpRequest
 * (fetch reports none for uploads), the stored file as the answer. A refusal rejects with the server's
 * message.
 */
export function xhrUploader({ url, appId, headers = {} }: XhrUploaderOptions): UploadService {
  return (file, { fieldId, onProgress, signal }) =>
    new Promise<SubmittedFile>((resolve, reject) => {
      const request = new XMLHttpRequest()
      const query = appId ? `?${new URLSearchParams({ appId, fieldId })}` : ''
      request.open('POST', `${url}${query}`)
      request.withCredentials = true
      for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value)
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress((event.loaded / event.total) * 100)
      }
      request.onload = () => {
        let body: unknown
        try {
          body = JSON.parse(request.responseText)
        } catch {
          body = undefined
        }
        if (request.status >= 200 && request.status < 300) resolve(body as SubmittedFile)
        else {
          const message = (body as { error?: { message?: string } } | undefined)?.error?.message
          reject(new Error(message ?? `upload failed with status ${request.status}`))
        }
      }
      request.onerror = () => reject(new Error('upload failed: network error'))
      request.onabort = () => reject(new Error('upload cancelled'))
      signal.addEventListener('abort', () => request.abort(), { once: true })
      const body = new FormData()
      body.append('file', file)
      request.send(body)
    })
}
