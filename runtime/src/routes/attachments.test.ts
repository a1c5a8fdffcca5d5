import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appIdOf, sessions } from '../testing/flows.ts'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'
import { fileOf, upload } from '../testing/uploads.ts'

let server: TestServer
let as: (login: string) => Promise<Session>
let quote: string
let receipt: string

beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
  quote = `?appId=${await appIdOf(await as('admin'), 'procurement')}&fieldId=quote`
  receipt = `?appId=${await appIdOf(await as('admin'), 'reimbursement')}&fieldId=receipt`
})
afterAll(() => server.close())

describe('attachments', () => {
  it('stores a file larger than the JSON body limit under a generated name (the client’s path dropped) and answers the form value', async () => {
    const response = await upload(
      server,
      await as('zhengyi'),
      fileOf('application/pdf', 300_000),
      '../../报价单.pdf',
      quote,
    )
    expect(response.status).toBe(201)
    const file = await response.json()
    expect(file).toEqual({
      id: expect.stringMatching(/^att_[0-9a-f]{20}$/),
      name: '报价单.pdf',
      size: 300_000,
      mime: 'application/pdf',
    })
    expect(readdirSync(join(server.deps.attachmentsDir, 'demo'))).toContain(file.id)
  })

  it.each([
    ['HTML named .pdf', fileOf('text/html'), 'quote.pdf', 'quote', 415],
    ['a PNG where the field takes PNG', fileOf('image/png'), 'quote.png', 'quote', 201],
    ['a PDF where the field takes only images', fileOf('application/pdf'), 'receipt.pdf', 'receipt', 415],
    ['one byte over the field’s 10 MB', fileOf('image/png', 10 * 1024 * 1024 + 1), 'big.png', 'receipt', 413],
    ['exactly the field’s 10 MB', fileOf('image/png', 10 * 1024 * 1024), 'big.png', 'receipt', 201],
    ['a field the app does not have', fileOf('image/png'), 'x.png', 'nothing', 400],
  ])('%s → %i', async (_name, bytes, name, field, status) => {
    const query = field === 'receipt' ? receipt : quote.replace('quote', field)
    const response = await upload(server, await as('zhangsan'), bytes, name, query)
    expect(response.status).toBe(status)
    const left = readdirSync(join(server.deps.attachmentsDir, 'demo'))
    expect(left.filter((entry) => entry.endsWith('.part'))).toEqual([])
  })

  it('refuses a body that is not multipart or has no file part', async () => {
    const zhangsan = await as('zhangsan')
    expect((await zhangsan.request('POST', '/api/v1/attachments', { json: {} })).status).toBe(415)
    const form = new FormData()
    form.append('note', 'no file here')
    const response = await server.app.request('/api/v1/attachments', {
      method: 'POST',
      body: form,
      headers: { cookie: zhangsan.cookie, 'x-csrf-token': zhangsan.csrf },
    })
    expect(response.status).toBe(400)
  })

  it('serves a file to its uploader as a download, and to nobody else while no instance names it', async () => {
    const zhengyi = await as('zhengyi')
    const bytes = fileOf('application/pdf', 1000)
    const { id } = await (await upload(server, zhengyi, bytes, '报价单 v2.pdf', quote)).json()
    const response = await zhengyi.request('GET', `/api/v1/attachments/${id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="___ v2.pdf"; filename*=UTF-8''${encodeURIComponent('报价单 v2.pdf')}`,
    )
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes)
    expect((await (await as('lisi')).request('GET', `/api/v1/attachments/${id}`)).status).toBe(404)
    expect(
      (await (await server.signIn('reviewer1')).request('GET', `/api/v1/attachments/${id}`)).status,
    ).toBe(404)
  })
})
