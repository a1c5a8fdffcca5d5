import { templates } from '@signoff/templates'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publishVersion } from '../apps/publish.ts'
import {
  application,
  apply,
  drain,
  mismatchedFace,
  review,
  sampleOf,
  uploadedValues,
} from '../certification/testing/applying.ts'
import { fromJsonColumn } from '../db/json.ts'
import { loadDirectory } from '../org/directory.ts'
import { apps } from '../repositories/apps.ts'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let admin: Session

beforeEach(async () => {
  server = await testServer()
  admin = await server.signIn('admin')
})
afterEach(() => server.close())

/** Publishes the platform's enterprise app with the form's own checks loosened, as an editor might. */
async function publishLooseForm(): Promise<void> {
  const template = templates.find((t) => t.app.key === 'enterprise-certification')
  if (!template) throw new Error('no enterprise template')
  const content = structuredClone(template.app)
  const loosen = (fields: typeof content.form.fields): typeof content.form.fields =>
    fields.map((field) => {
      if (field.type === 'group') return { ...field, children: loosen(field.children) } as typeof field
      if (['creditCode', 'idNumber', 'bankAccount'].includes(field.type))
        return { id: field.id, type: 'text', label: field.label, required: true } as typeof field
      if (field.id === 'industryPermit') {
        const { requiredWhen: _dropped, ...rest } = field as typeof field & { requiredWhen?: unknown }
        return rest as typeof field
      }
      return field
    })
  content.form.fields = loosen(content.form.fields)
  const app = await apps.getByKey(server.db, 'platform', 'enterprise-certification')
  if (!app) throw new Error('no platform app')
  await publishVersion(server.db, {
    tenantId: 'platform',
    appId: app.id,
    content,
    note: 'form checks loosened',
    authorId: null,
    now: server.deps.now().toISOString(),
    directory: await loadDirectory(server.db, 'platform'),
    action: 'app.publish',
  })
}

const resubmit = (id: string, values: Record<string, unknown>) =>
  admin.request('POST', `/api/v1/org/certification/applications/${id}/resubmit`, { json: { values } })

describe('certification pre-check and reviews over HTTP', () => {
  it('returns an application the form let through with every pre-check finding listed; fixed, it passes', async () => {
    await publishLooseForm()
    const values = {
      ...sampleOf('enterprise'),
      creditCode: '91350100M000100Y44',
      legalRepIdNumber: '110105194912310021',
      industry: 'medical',
      bankAccountNumber: '12-34',
    }
    const started = await apply(admin, 'enterprise', values)
    expect(started.status).toBe(201)
    const { id } = await started.json()
    await drain(server)
    const returned = await application(admin, id)
    expect(returned.status).toBe('returned')
    const reason: string = returned.returned.reason
    for (const text of ['校验位不正确', '身份证号码无效', '医疗机构执业许可证', '银行账号格式不正确'])
      expect(reason).toContain(text)
    expect(reason.split('\n')).toHaveLength(4)
    expect(JSON.stringify(returned.timeline.at(-1))).toContain('医疗机构执业许可证')

    const fixed = await resubmit(id, {
      creditCode: '91350100M000100Y43',
      legalRepIdNumber: '11010519491231002X',
      industry: 'it',
      bankAccountNumber: '1100612340180100123452',
    })
    expect(fixed.status).toBe(200)
    await drain(server)
    const reviewer1 = await server.signIn('reviewer1')
    expect((await review(reviewer1, id)).status).toBe(200)
  })

  it('a rejection at 初审 with a reason code returns the application; the applicant fixes a file and resubmits at once', async () => {
    const { id } = await (await apply(admin, 'enterprise', sampleOf('enterprise'))).json()
    await drain(server)
    const reviewer1 = await server.signIn('reviewer1')
    const rejected = await review(reviewer1, id, 'reject', {
      reason: '营业执照已过期',
      reasonCode: 'expired',
    })
    expect(rejected.status).toBe(200)
    const returned = await application(admin, id)
    expect(returned).toMatchObject({ status: 'returned', returned: { node: 'initialReview' } })
    expect(returned.returned.reason).toBe('营业执照已过期')
    expect(returned.rejection).toMatchObject({
      node: 'initialReview',
      reasonCode: 'expired',
      label: { 'zh-CN': '资料过期', en: 'Documents expired' },
    })
    const rejection = await server.db
      .selectFrom('instance_events')
      .select('event')
      .where('instance_id', '=', id)
      .where('type', '=', 'reject')
      .executeTakeFirstOrThrow()
    expect(fromJsonColumn<{ reasonCode?: string }>(rejection.event).reasonCode).toBe('expired')

    const { businessLicence } = await uploadedValues(admin, {
      businessLicence: sampleOf('enterprise').businessLicence,
    })
    expect((await resubmit(id, { businessLicence })).status).toBe(200)
    await drain(server)
    expect((await review(reviewer1, id)).status).toBe(200)
    expect((await application(admin, id)).applicantTask).toBeNull()
  })
})

describe('withdrawing an application', () => {
  it('ends it, after which the organization may apply again', async () => {
    const { id } = await (await apply(admin, 'enterprise', sampleOf('enterprise'))).json()
    const withdrawn = await admin.request('POST', `/api/v1/org/certification/applications/${id}/withdraw`, {
      json: { reason: '资料需更新' },
    })
    expect(withdrawn.status).toBe(200)
    expect((await withdrawn.json()).status).toBe('withdrawn')
    expect((await apply(admin, 'enterprise', sampleOf('enterprise'))).status).toBe(201)
  })
})

describe('individual business certification over HTTP', () => {
  it('goes from applying to certified individual with the simulated face verification', async () => {
    const started = await apply(admin, 'individual', sampleOf('individual'))
    expect(started.status).toBe(201)
    const { id } = await started.json()
    await drain(server)
    const timeline = JSON.stringify((await application(admin, id)).timeline)
    expect(timeline).toContain('人脸识别：成功')
    expect((await review(await server.signIn('reviewer1'), id)).status).toBe(200)
    await drain(server)
    expect((await application(admin, id)).status).toBe('approved')
    const status = await (await admin.request('GET', '/api/v1/org/certification')).json()
    expect(status).toMatchObject({ level: 'individual', creditCode: '92330106MA27XK1L0J', instanceId: id })
  })

  it('returns the application when the face does not match the ID card', async () => {
    const { id } = await (
      await apply(admin, 'individual', { ...sampleOf('individual'), operatorIdNumber: mismatchedFace })
    ).json()
    await drain(server)
    const returned = await application(admin, id)
    expect(returned.status).toBe('returned')
    expect(returned.returned.reason).toContain('人脸与身份证不一致')
  })
})
