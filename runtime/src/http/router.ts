import type { Context, Hono } from 'hono'
import { authenticate, checkCsrf } from '../auth/authenticate.ts'
import type { Principal } from '../auth/principal.ts'
import type { Deps } from '../deps.ts'
import type { ApiSchemaName } from './api-schemas.ts'
import { readCsv, readJson } from './body.ts'
import type { AppEnv } from './env.ts'
import { fail } from './errors.ts'
import { validateBody } from './validation.ts'

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** What a route is, for both the server and the OpenAPI document. Paths use OpenAPI's {param}. */
export interface RouteSpec {
  method: Method
  path: string
  summary: string
  tag: string
  auth: 'public' | 'user'
  /** multipart: the handler streams the body itself (file uploads). */
  body?: ApiSchemaName | 'csv' | 'multipart'
  response?: ApiSchemaName | 'csv'
  status?: 200 | 201 | 204
  /** Request headers the route reads (If-Match, ...), for the document. */
  headers?: string[]
  query?: string[]
}

export interface Input<B> {
  c: Context<AppEnv>
  body: B
  principal: Principal
}

type Handler<B> = (input: Input<B>) => Promise<Response> | Response

/**
 * Registers routes on the Hono app and remembers their specs. Before a handler runs: the caller is
 * authenticated (401) and CSRF-checked for cookie sessions (403), and the body is read and validated
 * against its schema (415, 400 with the JSON Pointer). Anything a check throws becomes an error
 * response, so a failing check never lets a request through.
 */
export class Router {
  readonly specs: RouteSpec[] = []

  constructor(
    private readonly app: Hono<AppEnv>,
    private readonly deps: Deps,
  ) {}

  add<B = unknown>(spec: RouteSpec, handler: Handler<B>): void {
    this.specs.push(spec)
    const honoPath = spec.path.replace(/\{([^}]+)\}/g, ':$1')
    this.app.on(spec.method.toUpperCase(), honoPath, async (c) => {
      const principal = spec.auth === 'user' ? await this.requirePrincipal(c) : undefined
      const body = await this.readBody(c, spec)
      return handler({ c, body: body as B, principal: principal as Principal })
    })
  }

  private async requirePrincipal(c: Context<AppEnv>): Promise<Principal> {
    const principal = await authenticate(this.deps, c)
    if (!principal) throw fail.unauthenticated()
    checkCsrf(c, principal)
    c.set('principal', principal)
    return principal
  }

  private async readBody(c: Context<AppEnv>, spec: RouteSpec): Promise<unknown> {
    if (spec.body === undefined) return undefined
    if (spec.body === 'csv') return readCsv(c)
    if (spec.body === 'multipart') return undefined
    const value = await readJson(c)
    const issues = validateBody(spec.body, value)
    if (issues.length > 0) throw fail.invalid(issues)
    return value
  }
}
