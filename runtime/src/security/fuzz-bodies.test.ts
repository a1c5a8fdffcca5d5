import { sampleSubmissions } from '@signoff/templates'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RouteSpec } from '../http/router.ts'
import type { LooseJson, Session, TestResponse } from '../testing/harness.ts'
import { bodyArbitrary, hostileTexts } from './hostile-json.ts'
import { routeCases } from './route-cases.ts'
import { type RowCounts, rowCounts } from './row-counts.ts'
import { buildWorld, type DemoIds, type World } from './world.ts'

// Bodies per route; raise SECURITY_FUZZ_RUNS for a longer hunt.
const runs = Number(process.env.SECURITY_FUZZ_RUNS ?? 5)
// Written by refusals on purpose (the sign-in throttle) or by every request (token use).
const ignored = ['login_throttle', 'sessions']

let world: World
let admin: Session
beforeAll(async () => {
  world = await buildWorld()
  const session = await world.as('admin')
  if (!session) throw new Error('no admin session')
  admin = session
  counts = await snapshot()
})
afterAll(() => {
  // Nothing sent may have reached Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  return world.server.close()
})

const fill = (path: string, ids: DemoIds) =>
  path.replace(/\{([^}]+)\}/g, (_whole, name: string) => encodeURIComponent(ids[name as keyof DemoIds]))

const jsonRoutes = (): RouteSpec[] =>
  world.server.router.specs.filter(
    (spec) => spec.body !== undefined && spec.body !== 'csv' && spec.body !== 'multipart',
  )

let counts: RowCounts | undefined
const snapshot = () => rowCounts(world.server.db, undefined, ignored)

/**
 * A refusal must be a clear 4xx, and must have written nothing since the last snapshot; a success
 * may write, and becomes the new baseline.
 */
async function expectCleanAnswer(response: TestResponse, what: string) {
  expect(response.status, what).toBeLessThan(500)
  if (response.status < 400) {
    counts = await snapshot()
    return
  }
  const { error } = await response.json()
  expect(typeof error?.code, what).toBe('string')
  expect(typeof error?.message, what).toBe('string')
  if (response.status === 400) expect(`${error.path}`, `${what}: ${error.message}`).toMatch(/^(\/.*)?$/)
  const now = await snapshot()
  expect(now, `${what} wrote rows`).toEqual(counts)
  counts = now
}

function send(spec: RouteSpec, body: string, contentType = 'application/json') {
  const routeCase = routeCases[`${spec.method.toUpperCase()} ${spec.path}`]
  const path = fill(spec.path, world.ids) + (routeCase?.query ?? '')
  return admin.request(spec.method.toUpperCase(), path, {
    body,
    headers: { ...routeCase?.headers, 'content-type': contentType },
  })
}

describe('a refused certification application', () => {
  // Found by this fuzzing: the stand-in made for a refused application used to stay behind; it is
  // removed again now (routes/certification.ts).
  it('writes nothing', async () => {
    const response = await admin.request('POST', '/api/v1/org/certification/apply?type=enterprise', {
      json: { values: { enterpriseName: 1 } },
    })
    try {
      expect(response.status).toBe(400)
      await expectCleanAnswer(response, 'a refused application')
    } finally {
      counts = await snapshot()
    }
  })
})

describe('every JSON body, fuzzed', () => {
  it('covers the routes that take JSON', () => {
    expect(jsonRoutes().length).toBeGreaterThan(30)
  })

  it('answers random and mutated bodies with a clear 4xx (or success), never a 500, and refusals write nothing', async () => {
    for (const spec of jsonRoutes()) {
      const key = `${spec.method.toUpperCase()} ${spec.path}`
      const valid = routeCases[key]?.body?.('admin', world.ids) ?? {}
      await fc.assert(
        fc.asyncProperty(bodyArbitrary(valid), async (body) => {
          const text = JSON.stringify(body)
          await expectCleanAnswer(await send(spec, text), `${key} ${text.slice(0, 120)}`)
        }),
        { numRuns: runs },
      )
    }
  })

  it('answers form values mutated at random (any field, hostile values) with success or a 400 under /values', async () => {
    const start = `/api/v1/apps/${world.ids.appId}/instances`
    await fc.assert(
      fc.asyncProperty(bodyArbitrary(sampleSubmissions.leave.values), async (values) => {
        const response = await admin.request('POST', start, { json: { values } })
        const what = `start with ${JSON.stringify(values).slice(0, 160)}`
        if (response.status === 400) {
          const { error } = (await response.clone().json()) as LooseJson
          expect(error.path, `${what}: ${error.message}`).toMatch(/^\/values(\/|$)/)
        } else expect(response.status, what).toBe(201)
        await expectCleanAnswer(response, what)
      }),
      { numRuns: runs * 2 },
    )
  })

  it.each(hostileTexts)(
    'refuses %s on every JSON route with a 4xx and writes nothing',
    async (_name, text) => {
      for (const spec of jsonRoutes()) {
        const response = await send(spec, text)
        await expectCleanAnswer(response, `${spec.method} ${spec.path}`)
        expect(response.status).toBeGreaterThanOrEqual(400)
      }
    },
  )

  it('answers integers beyond a database column (2^31, 1e308) with a clear 4xx, never a 500', async () => {
    for (const spec of jsonRoutes()) {
      const key = `${spec.method.toUpperCase()} ${spec.path}`
      const valid = (routeCases[key]?.body?.('admin', world.ids) ?? {}) as Record<string, unknown>
      const numeric = Object.keys(valid).filter((field) => typeof valid[field] === 'number')
      for (const field of new Set([...numeric, 'expectedVersion', 'version']))
        for (const big of ['2147483648', '1e308']) {
          const text = JSON.stringify({ ...valid, [field]: 0 }).replace(`"${field}":0`, `"${field}":${big}`)
          await expectCleanAnswer(await send(spec, text), `${key} ${field}=${big}`)
        }
    }
  })

  it('refuses a valid body sent as another media type (415) and writes nothing', async () => {
    for (const spec of jsonRoutes()) {
      const key = `${spec.method.toUpperCase()} ${spec.path}`
      const valid = JSON.stringify(routeCases[key]?.body?.('admin', world.ids) ?? {})
      for (const type of [
        'text/plain',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
      ]) {
        const response = await send(spec, valid, type)
        expect(response.status, `${key} as ${type}`).toBe(415)
        await expectCleanAnswer(response, `${key} as ${type}`)
      }
    }
  })
})

// What a client can put in a URL: encoded NUL and separators, traversal, SQL, huge and odd numbers.
const hostileSegments = [
  '9'.repeat(400),
  '1e309',
  '-1',
  '%00',
  'a%00b',
  "x'%20OR%201%3D1--",
  '..%2F..%2Fetc%2Fpasswd',
  '%E2%80%AE',
  '__proto__',
  'x'.repeat(5000),
  // the path parameters get these too
  '%2e%2e',
  '%F0%9F%92%A9',
  '%C0%AF',
  'constructor',
]

describe('every path parameter and query string, fuzzed', () => {
  it('never answers 500 to a hostile id in any path parameter, and writes nothing', async () => {
    const withParams = world.server.router.specs.filter((spec) => spec.path.includes('{'))
    for (const spec of withParams)
      for (const segment of hostileSegments) {
        const path = spec.path.replace(/\{[^}]+\}/g, segment)
        const routeCase = routeCases[`${spec.method.toUpperCase()} ${spec.path}`]
        const body = routeCase?.body?.('admin', world.ids)
        const response = await admin.request(spec.method.toUpperCase(), path, {
          ...(body === undefined ? {} : { json: body }),
          headers: { ...routeCase?.headers },
        })
        await expectCleanAnswer(response, `${spec.method} ${path.slice(0, 120)}`)
      }
  })

  it('never answers 500 to hostile query values, and writes nothing', async () => {
    const withQuery = world.server.router.specs.filter((spec) => (spec.query ?? []).length > 0)
    for (const spec of withQuery)
      for (const name of spec.query ?? [])
        for (const segment of hostileSegments.slice(0, 10)) {
          const path = `${fill(spec.path, world.ids)}?${name}=${segment}&${name}=2`
          const routeCase = routeCases[`${spec.method.toUpperCase()} ${spec.path}`]
          const body = routeCase?.body?.('admin', world.ids)
          const response = await admin.request(spec.method.toUpperCase(), path, {
            ...(body === undefined ? {} : { json: body }),
            headers: { ...routeCase?.headers },
          })
          await expectCleanAnswer(response, `${spec.method} ${path.slice(0, 120)}`)
        }
  })
})
