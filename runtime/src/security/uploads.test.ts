import { readdirSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sessions } from '../testing/flows.ts'
import type { LooseJson, Session, TestServer } from '../testing/harness.ts'
import { testServer } from '../testing/harness.ts'
import { fileOf, upload } from '../testing/uploads.ts'
import { rowCounts } from './row-counts.ts'

let server: TestServer
let zhangsan: Session
beforeAll(async () => {
  server = await testServer()
  zhangsan = await sessions(server)('zhangsan')
})
afterAll(() => server.close())

const text = (value: string) => new TextEncoder().encode(value)
const joined = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
const leftovers = () => {
  try {
    return readdirSync(join(server.deps.attachmentsDir, 'demo')).filter((name) => name.endsWith('.part'))
  } catch {
    return []
  }
}

async function uploadAndFetch(bytes: Uint8Array, name: string) {
  const response = await upload(zhangsan, bytes, name)
  expect(response.status, await response.clone().text()).toBe(201)
  const file = await response.json()
  return { file, download: await zhangsan.request('GET', `/api/v1/attachments/${file.id}`) }
}

describe('uploads that lie about what they are', () => {
  it.each([
    ['HTML', text('<!doctype html><script>alert(1)</script>'), 'page.html'],
    ['HTML named .png', text('<html><script>alert(1)</script>'), 'photo.png'],
    [
      'SVG with a script',
      text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'a.svg',
    ],
    ['SVG named .png', text('<?xml version="1.0"?><svg onload="alert(1)"/>'), 'a.png'],
    ['an executable named .pdf', joined(text('MZ'), new Uint8Array(100)), 'report.pdf'],
    ['a PDF named .html', fileOf('application/pdf'), 'report.html'],
    ['a PDF named .svg', fileOf('application/pdf'), 'report.svg'],
    ['a GIF/HTML polyglot named .html', text('GIF89a<html><script>alert(1)</script></html>'), 'cat.html'],
    ['a PNG named .pdf', fileOf('image/png'), 'contract.pdf'],
    ['a PDF named .exe', fileOf('application/pdf'), 'invoice.exe'],
    ['a PDF named .pdf NUL .html', fileOf('application/pdf'), 'invoice.pdf\u0000.html'],
    [
      'a zip named .jar',
      fileOf('application/pdf').fill(0x50, 0, 1).fill(0x4b, 1, 2).fill(3, 2, 3).fill(4, 3, 4),
      'tool.jar',
    ],
  ])('refuses %s (415) and keeps nothing', async (_name, bytes, name) => {
    const before = await rowCounts(server.db, 'demo')
    const response = await upload(zhangsan, bytes, name)
    expect(response.status).toBe(415)
    expect((await response.json()).error.code).toMatch(/unsupported/)
    expect(await rowCounts(server.db, 'demo')).toEqual(before)
    expect(leftovers()).toEqual([])
  })

  it('serves a GIF/HTML polyglot only as a download of its sniffed type, with nosniff', async () => {
    const { download } = await uploadAndFetch(text('GIF89a<html><script>alert(1)</script></html>'), 'cat.gif')
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('image/gif')
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(download.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    ['application/pdf', 'a.pdf'],
    ['image/png', 'a.png'],
    ['image/jpeg', 'a.JPEG'],
    ['image/webp', 'a.webp'],
  ])('every accepted type (%s) is served as an attachment with nosniff', async (mime, name) => {
    const { download } = await uploadAndFetch(fileOf(mime), name)
    expect(download.headers.get('content-type')).toBe(mime)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(download.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('file names', () => {
  it.each([
    ['a path', '../../../etc/passwd.pdf'],
    ['a Windows path', '..\\..\\windows\\system32\\evil.pdf'],
    ['a NUL byte', 'invoice\u0000.pdf'],
    ['an RTL override', 'invoice\u202Efdp.exe.pdf'],
    ['control characters and quotes', 'a"\r\nSet-Cookie: x=1;\t.pdf'],
    ['a very long name', `${'长'.repeat(400)}.pdf`],
  ])(
    'with %s: stored under a generated name, shown without path, controls or bidi overrides',
    async (_name, name) => {
      const { file, download } = await uploadAndFetch(fileOf('application/pdf'), name)
      expect(readdirSync(join(server.deps.attachmentsDir, 'demo'))).toContain(file.id)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be gone
      expect(file.name).not.toMatch(/[/\\\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/)
      expect(file.name.length).toBeLessThanOrEqual(255)
      const disposition = download.headers.get('content-disposition') ?? ''
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[\w%.!~*'()-]*$/)
      expect(decodeURIComponent(disposition.split("''")[1] ?? '')).toBe(file.name)
    },
  )
})

describe('bodies that are not what they claim', () => {
  it.each([
    ['JSON sent as JSON', 'application/json', '{"file": "x"}'],
    ['JSON claiming to be multipart without a boundary', 'multipart/form-data', '{"file": "x"}'],
    ['JSON claiming to be multipart with a boundary', 'multipart/form-data; boundary=xyz', '{"file": "x"}'],
    [
      'a multipart body that never closes',
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7',
    ],
    ['a boundary of 500 characters', `multipart/form-data; boundary=${'b'.repeat(500)}`, '{}'],
    ['form fields only', 'application/x-www-form-urlencoded', 'file=%25PDF-1.7'],
  ])('refuses %s with a clear 4xx', async (_name, type, body) => {
    const response = await zhangsan.request('POST', '/api/v1/attachments', {
      body,
      headers: { 'content-type': type },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const { error } = await response.json()
    expect(error.code).toEqual(expect.any(String))
    expect(error.message).toEqual(expect.any(String))
    expect(leftovers()).toEqual([])
  })
})

describe('oversize uploads', () => {
  it('are refused while streaming: a chunked body that never ends gets its 413 after little more than the limit', async () => {
    const limit = 10 * 1024 * 1024
    let sent = 0
    const chunk = new Uint8Array(64 * 1024).fill(0x20)
    const head = text(
      '--xyz\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n',
    )
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(joined(head, fileOf('image/png', 16)))
      },
      pull(controller) {
        // Bounded here, not by a timer (a server that reads on and on may never yield to one):
        // after four times the limit the body ends, so reading it all answers late, not never.
        if (sent > 4 * limit) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
      cancel() {
        cancelled = true
      },
    })
    const app = await server.db
      .selectFrom('apps')
      .select('id')
      .where('tenant_id', '=', 'demo')
      .where('key', '=', 'reimbursement')
      .executeTakeFirstOrThrow()
    // Node's fetch needs duplex for a streamed body; the DOM RequestInit type does not know it yet.
    const init = {
      method: 'POST',
      body,
      headers: {
        cookie: zhangsan.cookie,
        'x-csrf-token': zhangsan.csrf,
        'content-type': 'multipart/form-data; boundary=xyz',
      },
      duplex: 'half',
    } as RequestInit
    const response = await server.app.request(`/api/v1/attachments?appId=${app.id}&fieldId=receipt`, init)
    expect(response.status).toBe(413)
    expect(((await response.json()) as LooseJson).error.code).toBe('payload_too_large')
    expect(sent).toBeLessThan(limit + 4 * 1024 * 1024)
    // and the server stopped reading: it cancelled the rest of the body
    expect(cancelled).toBe(true)
    expect(leftovers()).toEqual([])
  })

  it('over a real connection: the 413 arrives while the client is still sending', async () => {
    const limit = 10 * 1024 * 1024
    const receipt = await server.db
      .selectFrom('apps')
      .select('id')
      .where('tenant_id', '=', 'demo')
      .where('key', '=', 'reimbursement')
      .executeTakeFirstOrThrow()
    const listener = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => listener.once('listening', resolve))
    const { port } = listener.address() as AddressInfo
    let sent = 0
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const client = httpRequest({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/v1/attachments?appId=${receipt.id}&fieldId=receipt`,
          headers: {
            cookie: zhangsan.cookie,
            'x-csrf-token': zhangsan.csrf,
            'content-type': 'multipart/form-data; boundary=xyz',
            'transfer-encoding': 'chunked',
          },
        })
        let answered = false
        client.on('response', (response) => {
          answered = true
          response.resume()
          resolve(response.statusCode ?? 0)
          client.destroy()
        })
        // Once answered the server may close while bytes are in flight; that is not a failure.
        client.on('error', (error) => {
          if (!answered) reject(error)
        })
        client.write(
          joined(
            text('--xyz\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\n\r\n'),
            fileOf('image/png', 16),
          ),
        )
        const chunk = new Uint8Array(64 * 1024).fill(0x20)
        const pump = () => {
          // Never ends on its own: only the answer (or 40 MB, for a server that reads it all) stops it.
          while (!answered && sent < 4 * limit) {
            sent += chunk.length
            if (!client.write(chunk)) return void client.once('drain', pump)
          }
          if (!answered) client.end()
        }
        pump()
      })
      expect(status).toBe(413)
      // the limit plus what loopback socket buffers hold (about 4 MB here), far from all 40 MB
      expect(sent).toBeLessThan(3 * limit)
    } finally {
      await new Promise((resolve) => listener.close(resolve))
    }
    expect(leftovers()).toEqual([])
  })
})
