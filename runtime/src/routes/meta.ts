import { isReachable } from '../db/database.ts'
import type { Deps } from '../deps.ts'
import type { Router } from '../http/router.ts'
import { openApiDocument } from '../openapi/document.ts'

export function metaRoutes(router: Router, deps: Deps): void {
  router.add(
    {
      method: 'get',
      path: '/healthz',
      summary: 'Liveness: the database answers',
      tag: 'meta',
      auth: 'public',
      response: 'Health',
    },
    async ({ c }) => {
      const database = await isReachable(deps.db)
      return c.json({ status: database ? 'ok' : 'unavailable', database }, database ? 200 : 503)
    },
  )

  let document: unknown
  router.add(
    {
      method: 'get',
      path: '/api/openapi.json',
      summary: 'This API as OpenAPI 3.1',
      tag: 'meta',
      auth: 'public',
    },
    ({ c }) => {
      document ??= openApiDocument(router.specs)
      return c.json(document as object)
    },
  )
}
