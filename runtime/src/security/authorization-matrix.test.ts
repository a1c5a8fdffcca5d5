import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RouteSpec } from '../http/router.ts'
import { type RouteCase, routeCases } from './route-cases.ts'
import { rowCounts } from './row-counts.ts'
import { buildWorld, type DemoIds, type PrincipalName, principalNames, type World } from './world.ts'

let world: World
beforeAll(async () => {
  world = await buildWorld()
})
afterAll(() => world.server.close())

const keyOf = (spec: RouteSpec) => `${spec.method.toUpperCase()} ${spec.path}`
const publicRoutes = [
  'GET /healthz',
  'GET /api/openapi.json',
  'GET /api/docs',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/login/two-factor',
]
const foreign = new Set<PrincipalName>(['foreignAdmin', 'reviewer'])

/** Ids that name nothing, to compare with the real ones. */
const nothing: DemoIds = {
  appId: 'app_00000000000000000000',
  number: '999',
  instanceId: 'ins_00000000000000000000',
  taskId: 'task_00000000000000000000',
  attachmentId: 'att_00000000000000000000',
  webhookId: 'whk_00000000000000000000',
  roleId: 'nosuchrole',
  departmentId: 'nosuchdepartment',
  userId: 'nosuchuser',
  delegationId: 'dlg_00000000000000000000',
  tokenId: 'tok_00000000000000000000',
}

function fill(path: string, ids: DemoIds): string {
  return path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const id = ids[name as keyof DemoIds]
    if (id === undefined) throw new Error(`no demo object for the path parameter {${name}}`)
    return encodeURIComponent(id)
  })
}

async function call(spec: RouteSpec, routeCase: RouteCase, caller: PrincipalName, ids = world.ids) {
  const session = await world.as(caller)
  const request = session?.request ?? world.server.request
  const path = fill(spec.path, ids) + (routeCase.query ?? '')
  const body = routeCase.body?.(caller, world.ids)
  const response = await request(spec.method.toUpperCase(), path, {
    ...(body === undefined ? {} : { json: body }),
    ...(routeCase.text === undefined ? {} : { body: routeCase.text }),
    headers: {
      ...routeCase.headers,
      ...(routeCase.text === undefined ? {} : { 'content-type': 'text/csv' }),
    },
  })
  if (spec.path === '/api/v1/auth/logout') world.forget(caller)
  return response
}

/** Demo-tenant ids that must never show up in an answer to a caller of another tenant. */
const secretIds = (ids: DemoIds) => [
  ids.appId,
  ids.instanceId,
  ids.taskId,
  ids.attachmentId,
  ids.webhookId,
  ids.delegationId,
  ids.tokenId,
  'xiaoming',
  'auditors',
  'zhangsan',
]

describe('the authorization matrix', () => {
  it('has an expectation for every registered route, and no expectation without a route', () => {
    const registered = world.server.router.specs.map(keyOf)
    expect(registered.filter((key) => !(key in routeCases))).toEqual([])
    expect(Object.keys(routeCases).filter((key) => !registered.includes(key))).toEqual([])
    // Only the sign-in and the documents are open to anonymous callers.
    expect(
      world.server.router.specs
        .filter((spec) => spec.auth === 'public')
        .map(keyOf)
        .sort(),
    ).toEqual([...publicRoutes].sort())
  })

  it('answers every route × caller with the expected status; another tenant never sees or changes the demo tenant', async () => {
    const observed: string[] = []
    const wrong: string[] = []
    for (const spec of world.server.router.specs) {
      const key = keyOf(spec)
      const routeCase = routeCases[key]
      if (!routeCase) continue
      const statuses: (number | null)[] = []
      for (const [index, caller] of principalNames.entries()) {
        const expected = routeCase.expect[index]
        if (expected === null) {
          statuses.push(null)
          continue
        }
        const before = foreign.has(caller) ? await rowCounts(world.server.db, 'demo') : undefined
        const response = await call(spec, routeCase, caller)
        statuses.push(response.status)
        const text = await response.text()
        if (response.status !== expected)
          wrong.push(`${key} as ${caller}: ${response.status} ${text.slice(0, 200)}`)
        if (response.status >= 400 && response.headers.get('content-type')?.includes('json')) {
          const { error } = JSON.parse(text)
          expect(typeof error?.code, `${key} as ${caller}`).toBe('string')
          expect(typeof error?.message, `${key} as ${caller}`).toBe('string')
        }
        // No existence oracle: another tenant's caller, or one told "not found", gets the same answer
        // for an id that names nothing. (Members may get 403 on an app they can see but not edit.)
        if ((foreign.has(caller) || response.status === 404) && spec.path.includes('{')) {
          const bogus = await call(spec, routeCase, caller, nothing)
          if (bogus.status !== response.status)
            wrong.push(`${key} as ${caller}: ${response.status} for a real id but ${bogus.status} for none`)
        }
        if (before) {
          expect(
            await rowCounts(world.server.db, 'demo'),
            `${key} as ${caller} changed the demo tenant`,
          ).toEqual(before)
          // An id the caller sent may come back (batch results name them); any other is a leak.
          const sent = JSON.stringify(routeCase.body?.(caller, world.ids) ?? '')
          if (response.status < 300 && !publicRoutes.includes(key))
            for (const id of secretIds(world.ids))
              if (text.includes(id) && !sent.includes(id)) wrong.push(`${key} as ${caller} shows ${id}`)
        }
      }
      observed.push(`  '${key}': [${statuses.join(', ')}],`)
    }
    if (process.env.PRINT_MATRIX) console.log(observed.join('\n'))
    expect(wrong).toEqual([])
  })

  it('refuses every state-changing route to a cookie session without its CSRF token (403), writing nothing', async () => {
    const session = await world.as('admin')
    if (!session) throw new Error('no admin session')
    const before = await rowCounts(world.server.db, undefined, ['sessions', 'login_throttle'])
    const unsafe = world.server.router.specs.filter((spec) => spec.auth === 'user' && spec.method !== 'get')
    expect(unsafe.length).toBeGreaterThan(40)
    for (const spec of unsafe) {
      const routeCase = routeCases[keyOf(spec)]
      const body = routeCase?.body?.('admin', world.ids)
      const response = await world.server.request(spec.method.toUpperCase(), fill(spec.path, world.ids), {
        ...(body === undefined ? {} : { json: body }),
        headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
      })
      expect(response.status, keyOf(spec)).toBe(403)
      expect((await response.json()).error.code, keyOf(spec)).toBe('csrf')
    }
    expect(await rowCounts(world.server.db, undefined, ['sessions', 'login_throttle'])).toEqual(before)
  })

  // Not yours: 404, like nothing (as for instances, tasks and files), so members cannot tell it exists.
  it('answers a member 404 for an app they may not see, on every app route, as for no app', async () => {
    const member = await world.as('member')
    if (!member) throw new Error('no member session')
    for (const suffix of ['', '/draft', '/versions', '/export']) {
      const hidden = await member.request('GET', `/api/v1/apps/${world.sideAppId}${suffix}`)
      const none = await member.request('GET', `/api/v1/apps/${nothing.appId}${suffix}`)
      expect([suffix, hidden.status]).toEqual([suffix, none.status])
    }
  })

  it('fails closed: when loading the caller throws, the answer is a 5xx, never the handler’s, and nothing is written', async () => {
    const admin = await world.as('admin')
    if (!admin) throw new Error('no admin session')
    const token = await (
      await admin.request('POST', '/api/v1/tokens', { json: { name: 'fail-closed' } })
    ).json()
    const before = await rowCounts(world.server.db, 'demo')
    await sql`alter table user_roles rename to user_roles_gone`.execute(world.server.db)
    try {
      for (const headers of [{}, { authorization: `Bearer ${token.token}` }] as Record<string, string>[]) {
        const request = 'authorization' in headers ? world.server.request : admin.request
        const read = await request('GET', '/api/v1/audit', { headers })
        expect(read.status).toBeGreaterThanOrEqual(500)
        expect((await read.json()).error.code).toBe('internal')
        const write = await request('POST', '/api/v1/departments', {
          json: { id: 'failopen', name: 'should not exist' },
          headers,
        })
        expect(write.status).toBeGreaterThanOrEqual(500)
      }
    } finally {
      await sql`alter table user_roles_gone rename to user_roles`.execute(world.server.db)
    }
    // the token's last use is a column, not a row: counts catch any row written
    expect(await rowCounts(world.server.db, 'demo')).toEqual(before)
    const { items } = await (await admin.request('GET', '/api/v1/departments')).json()
    expect(JSON.stringify(items)).not.toContain('failopen')
  })
})
