import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
// biome-ignore lint/suspicious/noExplicitAny: the document is walked as plain JSON
let document: any
beforeAll(async () => {
  server = await testServer({ seed: false })
  const response = await server.request('GET', '/api/openapi.json')
  expect(response.status).toBe(200)
  document = await response.json()
})
afterAll(() => server.close())

function resolvePointer(root: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      root,
    )
}

function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, found)
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value)
      else refs(value, found)
    }
  }
  return found
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with JSON Schema 2020-12 and both ways to authenticate', () => {
    expect(document.openapi).toBe('3.1.0')
    expect(document.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(document.info).toMatchObject({ title: 'Signoff API', version: '1' })
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearer', 'session'])
  })

  it('lists every route the server registered, with its path parameters', () => {
    const registered = server.app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:([^/]+)/g, '{$1}')}`)
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method} ${path}`),
    )
    expect(registered.length).toBeGreaterThan(35)
    expect(documented.sort()).toEqual([...new Set(registered)].sort())
    for (const [path, item] of Object.entries(document.paths)) {
      const params = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1])
      for (const operation of Object.values(
        item as Record<string, { parameters?: { name: string; in: string }[] }>,
      )) {
        const declared = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)
        expect(declared).toEqual(params)
      }
    }
  })

  it('gives every operation a unique id, a summary and responses', () => {
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item as object))
    const ids = operations.map((operation) => operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const operation of operations) {
      expect(operation.summary).toBeTruthy()
      expect(Object.keys(operation.responses)).toContain('400')
    }
  })

  it('builds bodies from the schemas/ JSON Schemas, every $ref resolving inside the document', () => {
    const putDraft = document.paths['/api/v1/apps/{appId}/draft'].put
    expect(putDraft.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/AppDefinition',
    })
    expect(document.components.schemas.AppDefinition).toEqual({ $ref: '#/components/schemas/app' })
    expect(document.components.schemas.app.title).toBe('AppDefinition')
    expect(document.components.schemas['fields.money']).toBeDefined()
    expect(document.paths['/api/v1/org/import'].post.requestBody.content).toHaveProperty('text/csv')
    const all = refs(document)
    expect(all.length).toBeGreaterThan(100)
    for (const ref of new Set(all)) {
      expect(ref.startsWith('#/'), ref).toBe(true)
      expect(resolvePointer(document, ref.slice(1)), ref).toBeDefined()
    }
    expect(JSON.stringify(document)).not.toContain('"$id"')
  })
})
