import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appIdOf, sessions, theOpenTask } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let as: (login: string) => Promise<Session>
let leave: string
beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
  leave = await appIdOf(await as('admin'), 'leave')
})
afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  return server.close()
})

// Text that some template or expression engine somewhere would run.
const codeLike = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the point is that it stays a string
  '${form.duration}',
  '{{7*7}}',
  '#{1+1} <%= 7*7 %>',
  'form.duration + 1',
  'leaveDays(form.period) > 3 ? "long" : "short"',
  '__proto__',
  '{"__proto__": {"polluted": true}}',
  '"); process.exit(1); //',
  '\u202e\u0000constructor.constructor("return process")()',
]

async function startLeave(reason: string) {
  const zhangsan = await as('zhangsan')
  const response = await zhangsan.request('POST', `/api/v1/apps/${leave}/instances`, {
    json: { values: { ...sampleSubmissions.leave.values, reason } },
  })
  expect(response.status).toBe(201)
  const { id } = await response.json()
  return (await zhangsan.request('GET', `/api/v1/instances/${id}`)).json()
}

describe('form values that look like code', () => {
  let baseline: LooseJson
  beforeAll(async () => {
    baseline = await startLeave('年底回老家探亲。')
  })

  it.each(codeLike)('%j is stored, shown and routed as plain text', async (reason) => {
    const instance = await startLeave(reason)
    expect(instance.values.reason).toBe(reason)
    // The formula and the conditions read the form as data: same duration, same path as plain text.
    expect(instance.values.duration).toEqual(baseline.values.duration)
    expect(instance.predictedPath.length).toBeGreaterThan(0)
    expect(instance.predictedPath).toEqual(baseline.predictedPath)
    const task = await theOpenTask(await as('lisi'), instance.id)
    const detail = await (await (await as('lisi')).request('GET', `/api/v1/tasks/${task.id}`)).json()
    expect(JSON.stringify(detail)).toContain(JSON.stringify(reason).slice(1, -1))
  })

  it.each([
    ['reimbursement', ['items', 0, 'amount'], '9999 + 2'],
    ['reimbursement', ['items', 0, 'amount'], '1e5'],
    ['procurement', ['items', 0, 'unitPrice'], 'form.total * 2'],
    ['procurement', ['items', 0, 'quantity'], '1; drop table instances'],
  ])('refuses an expression where %s expects a number (400 at the value)', async (key, at, value) => {
    const session = await as(key === 'procurement' ? 'zhengyi' : 'zhangsan')
    const values = structuredClone(sampleSubmissions[key as 'procurement'].values) as LooseJson
    let parent = values
    for (const step of at.slice(0, -1)) parent = parent[step as string]
    parent[at[at.length - 1] as string] = value
    const response = await session.request('POST', `/api/v1/apps/${await appIdOf(session, key)}/instances`, {
      json: { values },
    })
    expect(response.status).toBe(400)
    expect((await response.json()).error.path).toMatch(new RegExp(`^/values/${at.join('/')}`))
  })
})

// The evaluator's own attack list is packages/expression/src/sandbox.test.ts; these are the routes
// to it that a definition can carry, checked at the door: publishing.
const attacks: [name: string, source: string][] = [
  ['the Function constructor', '"".constructor.constructor("return process")()'],
  ['__proto__ by field', 'form.__proto__'],
  ['constructor by index', 'form["constructor"]'],
  ['__proto__ by unicode escapes', 'form["\\u005f\\u005fproto\\u005f\\u005f"]'],
  ['a value’s constructor', 'form.period.start.constructor'],
  // dyn() hides the member name from the type checker; the compiler refuses such keys by name.
  ['prototype through dyn()', 'dyn(form)["constructor"]["prototype"]'],
  ['valueOf through dyn()', 'dyn(form).valueOf'],
  ['a __proto__ map literal', '{"__proto__": {"polluted": true}}.polluted'],
  ['a catastrophic regex', 'form.reason.matches("(a+)+$")'],
  ['another catastrophic regex', 'form.reason.matches("^(([a-z])+.)+[A-Z]([a-z])+$")'],
  ['process', 'process.exit(1)'],
  ['globalThis', 'globalThis'],
  ['deep nesting', `${'('.repeat(1900)}1${')'.repeat(1900)}`],
  [
    'doubling strings',
    `cel.bind(a, form.reason + form.reason, ${'cel.bind(a, a + a, '.repeat(30)}size(a) > 0${')'.repeat(30)})`,
  ],
  ['a thousand terms', `${'1 + '.repeat(990)}1 > 0`],
]

describe('definitions whose expressions attack the sandbox', () => {
  let attack: { id: string; draft: () => Promise<{ etag: string; app: LooseJson }> }
  let clean: LooseJson
  beforeAll(async () => {
    const admin = await as('admin')
    const created = await admin.request('POST', '/api/v1/apps', {
      json: { fromTemplate: 'leave', key: 'attack' },
    })
    expect(created.status).toBe(201)
    const { id } = await created.json()
    attack = {
      id,
      draft: async () => {
        const response = await admin.request('GET', `/api/v1/apps/${id}/draft`)
        return { etag: response.headers.get('etag') ?? '', app: await response.json() }
      },
    }
    clean = (await attack.draft()).app
  })

  const places: [string, (app: LooseJson, source: string) => string][] = [
    [
      'a formula',
      (app, source) => {
        const index = app.form.fields.findIndex((field: { id: string }) => field.id === 'duration')
        app.form.fields[index].expression = source
        return `/form/fields/${index}/expression`
      },
    ],
    [
      'a branch condition',
      (app, source) => {
        const index = app.flow.nodes.findIndex((node: { id: string }) => node.id === 'durationCheck')
        app.flow.nodes[index].branches[0].condition = { cel: source }
        return `/flow/nodes/${index}/branches/0/condition`
      },
    ],
    [
      'a visibility rule',
      (app, source) => {
        const index = app.form.fields.findIndex((field: { id: string }) => field.id === 'proof')
        app.form.fields[index].visibleWhen = { cel: source }
        return `/form/fields/${index}/visibleWhen`
      },
    ],
  ]

  for (const [place, put] of places)
    for (const [name, source] of attacks)
      it(`refuses ${place} with ${name} at publish (422 at its path), and publishes nothing`, async () => {
        const admin = await as('admin')
        const { etag } = await attack.draft()
        const app = structuredClone(clean)
        const pointer = put(app, source)
        const before = await (await admin.request('GET', `/api/v1/apps/${attack.id}/versions`)).json()
        const saved = await admin.request('PUT', `/api/v1/apps/${attack.id}/draft`, {
          json: app,
          headers: { 'if-match': etag },
        })
        expect(saved.status).toBe(200)
        const published = await admin.request('POST', `/api/v1/apps/${attack.id}/publish`, { json: {} })
        const versions = await (await admin.request('GET', `/api/v1/apps/${attack.id}/versions`)).json()
        expect(versions.items).toEqual(before.items)
        expect(published.status).toBe(422)
        const { error } = await published.json()
        expect(error.code).toBe('definition_invalid')
        // The clean definition has no errors, so every error here is the attack's, at its place.
        const errors = error.issues.filter((issue: { severity: string }) => issue.severity === 'error')
        expect(errors.length).toBeGreaterThan(0)
        for (const issue of errors) expect(issue.path).toMatch(new RegExp(`^${pointer}`))
      })
})
