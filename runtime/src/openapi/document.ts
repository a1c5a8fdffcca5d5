import type { RouteSpec } from '../http/router.ts'
import { componentSchemas } from './components.ts'

const errorStatuses: Record<string, string> = {
  '400': 'Invalid request; error.path is the JSON Pointer of the offending value',
  '401': 'Not signed in',
  '403': 'Not allowed (or a cookie request without X-CSRF-Token)',
  '404': 'Not found (ids of another organization included)',
  '409': 'Conflict',
  '413': 'Body too large',
  '415': 'Wrong content type',
  '422': 'Definition has errors',
  '428': 'If-Match required',
  '429': 'Too many attempts; see Retry-After',
}

const media: Record<string, { type: string; schema: object }> = {
  csv: { type: 'text/csv', schema: { type: 'string' } },
  multipart: {
    type: 'multipart/form-data',
    schema: {
      type: 'object',
      properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
      required: ['file'],
    },
  },
}
const mediaOf = (kind: string) => media[kind]?.type ?? 'application/json'
const schemaOf = (kind: string) => media[kind]?.schema ?? { $ref: `#/components/schemas/${kind}` }

function operation(spec: RouteSpec) {
  const pathParameters = [...spec.path.matchAll(/\{([^}]+)\}/g)].map((match) => ({
    name: match[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }))
  const parameters = [
    ...pathParameters,
    ...(spec.query ?? []).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
    ...(spec.headers ?? []).map((name) => ({
      name,
      in: 'header',
      required: false,
      schema: { type: 'string' },
    })),
  ]
  const status = String(spec.status ?? 200)
  const success =
    spec.response === undefined || status === '204'
      ? { description: 'Done' }
      : { description: 'OK', content: { [mediaOf(spec.response)]: { schema: schemaOf(spec.response) } } }
  const errors = Object.fromEntries(
    Object.entries(errorStatuses).map(([code, description]) => [
      code,
      { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]),
  )
  return {
    operationId: `${spec.method}${spec.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())}`,
    summary: spec.summary,
    tags: [spec.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(spec.body === undefined
      ? {}
      : {
          requestBody: { required: true, content: { [mediaOf(spec.body)]: { schema: schemaOf(spec.body) } } },
        }),
    responses: { [status]: success, ...errors },
    security: spec.auth === 'public' ? [] : [{ session: [] }, { bearer: [] }],
  }
}

/** OpenAPI 3.1 from the registered routes and the JSON Schemas their bodies use. */
export function openApiDocument(specs: readonly RouteSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const spec of specs) {
    paths[spec.path] = { ...paths[spec.path], [spec.method]: operation(spec) }
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Signoff API',
      version: '1',
      description:
        'Signoff (签批) approval platform. Errors are { "error": { "code", "message", "path"? } }. Cookie sessions must send X-CSRF-Token on requests that change state; Bearer API tokens need not.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'signoff_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  }
}
