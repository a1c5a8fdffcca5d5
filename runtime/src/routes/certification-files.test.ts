import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apply, drain, otherOrganization, sampleOf } from '../certification/testing/applying.ts'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'
import { fileOf, upload } from '../testing/uploads.ts'

let server: TestServer
let admin: Session
let id: string
let licence: { id: string; name: string; mime: string }

beforeEach(async () => {
  server = await testServer()
  admin = await server.signIn('admin')
  const started = await apply(admin, 'enterprise', sampleOf('enterprise'))
  expect(started.status).toBe(201)
  const body = await started.json()
  id = body.id
  licence = body.values.businessLicence[0]
})
afterEach(() => server.close())

const fileUrl = (fileId: string, instanceId = id) =>
  `/api/v1/org/certification/applications/${instanceId}/files/${fileId}`

describe('the applicant’s files', () => {
  it('are downloaded by the applying organization’s admins, as uploaded', async () => {
    const response = await admin.request('GET', fileUrl(licence.id))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(licence.mime)
    expect(response.headers.get('content-disposition')).toContain('attachment;')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(fileOf(licence.mime))
    // Moved onto the platform: the organization's own attachment route no longer has it.
    expect((await admin.request('GET', `/api/v1/attachments/${licence.id}`)).status).toBe(404)
  })

  it('are 404 to another organization’s admin, to members of the applying one, and for files of no application', async () => {
    await otherOrganization(server)
    const boss = await server.signIn('boss', { tenant: 'other' })
    const zhangsan = await server.signIn('zhangsan')
    const reviewer = await server.signIn('reviewer1')
    for (const session of [boss, zhangsan, reviewer]) {
      const response = await session.request('GET', fileUrl(licence.id))
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('PDF')
    }
    // An unused upload of the admin, and a file id that is not this application's.
    const own = await (await upload(admin, fileOf('image/png'), 'mine.png')).json()
    expect((await admin.request('GET', fileUrl(own.id))).status).toBe(404)
    expect((await admin.request('GET', fileUrl(licence.id, 'ins_nothing'))).status).toBe(404)
  })

  it('are the platform reviewer’s to download through their task as any approver’s', async () => {
    await drain(server)
    const reviewer = await server.signIn('reviewer1')
    const response = await reviewer.request('GET', `/api/v1/attachments/${licence.id}`)
    expect(response.status).toBe(200)
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(fileOf(licence.mime))
    const reviewer2 = await server.signIn('reviewer2')
    expect((await reviewer2.request('GET', `/api/v1/attachments/${licence.id}`)).status).toBe(404)
  })
})
