import { describe, expect, it } from 'vitest'
import { validateApp, validateDirectory, validateOrgImportRow } from './validate.ts'

const text = (zh: string) => ({ 'zh-CN': zh })

const minimalApp = {
  schemaVersion: 1,
  key: 'expense',
  name: { 'zh-CN': '费用申请', en: 'Expense' },
  form: { fields: [{ id: 'reason', type: 'text', label: text('事由') }] },
  flow: {
    nodes: [
      { id: 'start', kind: 'start', name: text('发起') },
      { id: 'end', kind: 'end', name: text('结束') },
    ],
    edges: [{ id: 'e1', source: 'start', target: 'end' }],
  },
  settings: { starters: { everyone: true } },
}

type Change = (app: Record<string, unknown>) => unknown

function withChange(change: Change) {
  const app: Record<string, unknown> = structuredClone(minimalApp)
  change(app)
  return app
}

describe('app definition schema', () => {
  it('accepts a minimal app', () => {
    expect(validateApp(minimalApp)).toEqual({ ok: true, value: minimalApp })
  })

  it('accepts full settings', () => {
    const app = withChange((a) => {
      a.settings = {
        starters: { departments: ['rd'], roles: ['pm'] },
        admins: ['admin'],
        serialNumber: { prefix: 'FY', datePart: 'yyyyMM', digits: 5, reset: 'monthly' },
        notifications: { initiatorOnFinish: true, channels: ['inApp', 'email'] },
        allowWithdraw: false,
        urgeIntervalMinutes: 30,
      }
    })
    expect(validateApp(app).ok).toBe(true)
  })

  const changes: [string, Change, string, string][] = [
    ['missing form', (a) => delete a.form, '/form', 'schema.required'],
    ['wrong schema version', (a) => Object.assign(a, { schemaVersion: 2 }), '/schemaVersion', 'schema.const'],
    ['bad key', (a) => Object.assign(a, { key: 'Expense App' }), '/key', 'schema.pattern'],
    ['name without zh-CN', (a) => Object.assign(a, { name: { en: 'x' } }), '/name/zh-CN', 'schema.required'],
    [
      'unknown top-level property',
      (a) => Object.assign(a, { owner: 'x' }),
      '/owner',
      'schema.additionalProperties',
    ],
    [
      'empty starters list',
      (a) => Object.assign(a, { settings: { starters: {} } }),
      '/settings/starters',
      'schema.oneOf',
    ],
    [
      'serial number with a bad prefix',
      (a) =>
        Object.assign(a, { settings: { starters: { everyone: true }, serialNumber: { prefix: 'a b' } } }),
      '/settings/serialNumber/prefix',
      'schema.pattern',
    ],
    [
      'form with no fields',
      (a) => Object.assign(a, { form: { fields: [] } }),
      '/form/fields',
      'schema.minItems',
    ],
    [
      'edge without a target',
      (a) => Object.assign(a, { flow: { nodes: [], edges: [{ id: 'e1', source: 'start' }] } }),
      '/flow/edges/0/target',
      'schema.required',
    ],
  ]

  it.each(changes)('rejects %s with the path of the problem', (_, change, path, code) => {
    const result = validateApp(withChange(change))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ path, code }))
  })
})

describe('directory schema', () => {
  const directory = {
    departments: [
      { id: 'root', name: '示例科技有限公司', parentId: null, headId: 'sunba' },
      { id: 'rd', name: '研发部', parentId: 'root', headId: null },
    ],
    roles: [{ id: 'pm', name: text('项目经理') }],
    users: [
      { id: 'sunba', name: '孙八', departmentId: 'root', roles: [] },
      {
        id: 'zhengyi',
        name: '郑一',
        departmentId: 'rd',
        roles: ['pm'],
        delegations: [{ to: 'sunba', from: '2026-12-01', until: '2026-12-05' }],
      },
    ],
  }

  it('accepts a departments tree with heads, roles and delegations', () => {
    expect(validateDirectory(directory).ok).toBe(true)
  })

  it('rejects a delegation with an impossible date', () => {
    const bad = structuredClone(directory)
    const [, zhengyi] = bad.users
    if (zhengyi) zhengyi.delegations = [{ to: 'sunba', from: '2026-02-30', until: '2026-03-01' }]
    const result = validateDirectory(bad)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ path: '/users/1/delegations/0/from', code: 'schema.format' })
  })
})

describe('org import row schema', () => {
  const row = {
    login: 'zhangsan',
    name: '张三',
    email: '',
    phone: '13800138000',
    department: '市场部/品牌组',
    roles: 'employee',
    head: 'no',
  }

  it('accepts a row with a department path and roles', () => {
    expect(validateOrgImportRow(row).ok).toBe(true)
  })

  it.each([
    ['login', 'Zhang San'],
    ['phone', '12345'],
    ['department', '市场部//品牌组'],
    ['roles', 'a;;b'],
    ['email', 'not-an-email'],
    ['head', 'maybe'],
  ])('rejects a bad %s', (field, value) => {
    const result = validateOrgImportRow({ ...row, [field]: value })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(`/${field}`)
  })
})
