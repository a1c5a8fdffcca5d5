import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { getTemplate, sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linkAttachments } from '../instances/attachment-links.ts'
import { appIdOf, procurementValues, sessions } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'
import { fileOf, upload } from '../testing/uploads.ts'

let server: TestServer
let as: (login: string) => Promise<Session>
let quote: string
let receipt: string
let procurement: string
let reimbursement: string

beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
  procurement = await appIdOf(await as('admin'), 'procurement')
  reimbursement = await appIdOf(await as('admin'), 'reimbursement')
  quote = `?appId=${procurement}&fieldId=quote`
  receipt = `?appId=${reimbursement}&fieldId=receipt`
})
afterAll(() => server.close())

describe('attachments', () => {
  it('stores a file larger than the JSON body limit under a generated name (the client’s path dropped) and answers the form value', async () => {
    const response = await upload(
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
    const response = await upload(await as('zhangsan'), bytes, name, query)
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
    const { id } = await (await upload(zhengyi, bytes, '报价单 v2.pdf', quote)).json()
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

const quoteValue = (file: LooseJson) => ({ ...procurementValues('100.00'), quote: [file] })
const startWith = (session: Session, values: Record<string, unknown>) =>
  session.request('POST', `/api/v1/apps/${procurement}/instances`, { json: { values } })

describe('files in instance values', () => {
  it('link to the instance: its approvers may download them, outsiders may not, and no second instance may take them', async () => {
    const zhengyi = await as('zhengyi')
    const file = await (await upload(zhengyi, fileOf('application/pdf'), 'quote.pdf', quote)).json()
    const started = await startWith(zhengyi, quoteValue(file))
    expect(started.status).toBe(201)
    expect((await (await as('yangliu')).request('GET', `/api/v1/attachments/${file.id}`)).status).toBe(200)
    expect((await (await as('lisi')).request('GET', `/api/v1/attachments/${file.id}`)).status).toBe(404)
    const again = await startWith(zhengyi, quoteValue(file))
    expect(again.status).toBe(400)
    expect((await again.json()).error).toMatchObject({
      code: 'unknown_attachment',
      path: '/values/quote/0/id',
    })
  })

  it.each([
    ['someone else’s file', 'zhangsan', {}, 'unknown_attachment', '/values/quote/0/id'],
    ['a file whose size is misstated', 'zhengyi', { size: 1 }, 'attachment_mismatch', '/values/quote/0'],
    [
      'a file id that does not exist',
      'zhengyi',
      { id: 'att_00000000000000000000' },
      'unknown_attachment',
      '/values/quote/0/id',
    ],
  ])('refuse %s (400 at the value)', async (_name, uploader, change, code, path) => {
    const file = await (await upload(await as(uploader), fileOf('application/pdf'), 'quote.pdf')).json()
    const response = await startWith(await as('zhengyi'), quoteValue({ ...file, ...change }))
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatchObject({ code, path })
  })

  it('refuse a file the field does not accept, though it was uploaded without naming the field', async () => {
    const zhangsan = await as('zhangsan')
    const pdf = await (await upload(zhangsan, fileOf('application/pdf'), 'receipt.pdf')).json()
    const values = structuredClone(sampleSubmissions.reimbursement.values) as Record<string, LooseJson>
    values.items = [{ ...values.items[0], receipt: [pdf] }]
    const response = await zhangsan.request('POST', `/api/v1/apps/${reimbursement}/instances`, {
      json: { values },
    })
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(['invalid_values', 'attachment_not_accepted']).toContain(error.code)
    expect(error.path).toMatch(/^\/values\/items\/0\/receipt\/0/)
  })
})

describe('files on comments', () => {
  it('are linked to the instance, and another person’s file is refused at /attachments/<n>', async () => {
    const zhengyi = await as('zhengyi')
    const started = await (
      await startWith(
        zhengyi,
        quoteValue(await (await upload(zhengyi, fileOf('application/pdf'), 'q.pdf')).json()),
      )
    ).json()
    const yangliu = await as('yangliu')
    const mine = await (await upload(yangliu, fileOf('image/png'), '现场.png')).json()
    const theirs = await (await upload(await as('zhangsan'), fileOf('image/png'), 'x.png')).json()
    const refused = await yangliu.request('POST', `/api/v1/instances/${started.id}/comments`, {
      json: { text: '见附图', attachments: [mine.id, theirs.id] },
    })
    expect(refused.status).toBe(400)
    expect((await refused.json()).error).toMatchObject({ code: 'unknown_attachment', path: '/attachments/1' })
    const commented = await yangliu.request('POST', `/api/v1/instances/${started.id}/comments`, {
      json: { text: '见附图', attachments: [mine.id] },
    })
    expect(commented.status).toBe(201)
    expect((await zhengyi.request('GET', `/api/v1/attachments/${mine.id}`)).status).toBe(200)
    // A file alone is a comment too; the timeline names the files of each entry.
    const another = await (await upload(yangliu, fileOf('image/png'), '补充.png')).json()
    const fileOnly = await yangliu.request('POST', `/api/v1/instances/${started.id}/comments`, {
      json: { attachments: [another.id] },
    })
    expect(fileOnly.status).toBe(201)
    const empty = await yangliu.request('POST', `/api/v1/instances/${started.id}/comments`, { json: {} })
    expect(empty.status).toBe(400)
    expect((await empty.json()).error.path).toBe('/text')
    const { timeline } = await (await zhengyi.request('GET', `/api/v1/instances/${started.id}`)).json()
    const comments = timeline.filter((entry: { type: string }) => entry.type === 'comment')
    expect(
      comments.map((entry: { comment?: string; attachments?: unknown }) => [
        entry.comment,
        entry.attachments,
      ]),
    ).toEqual([
      ['见附图', [{ id: mine.id, name: '现场.png' }]],
      [undefined, [{ id: another.id, name: '补充.png' }]],
    ])
  })
})

describe('linkAttachments', () => {
  it('checks the field’s accept list itself, whatever the values claim', async () => {
    const pdf = await (await upload(await as('zhangsan'), fileOf('application/pdf'), 'receipt.pdf')).json()
    const form = getTemplate('reimbursement')?.app.form
    if (!form) throw new Error('no reimbursement template')
    const link = linkAttachments(
      server.db,
      { tenantId: 'demo', actorId: 'zhangsan', instanceId: 'ins_x', form },
      { items: [{ receipt: [pdf] }] },
    )
    await expect(link).rejects.toMatchObject({
      code: 'attachment_not_accepted',
      extra: { path: '/values/items/0/receipt/0' },
    })
  })
})
