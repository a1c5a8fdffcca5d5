import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Deps } from './deps.ts'
import type { AppEnv } from './http/env.ts'
import { errorResponse, HttpError } from './http/errors.ts'
import { Router } from './http/router.ts'
import { securityHeaders } from './http/security-headers.ts'
import { analyticsRoutes } from './routes/analytics.ts'
import { appVersionRoutes } from './routes/app-versions.ts'
import { appRoutes } from './routes/apps.ts'
import { attachmentRoutes } from './routes/attachments.ts'
import { authRoutes } from './routes/auth.ts'
import { certificationRoutes } from './routes/certification.ts'
import { certificationFormRoutes } from './routes/certification-form.ts'
import { delegationRoutes } from './routes/delegations.ts'
import { departmentRoutes } from './routes/departments.ts'
import { directoryRoutes } from './routes/directory.ts'
import { docsRoutes } from './routes/docs.ts'
import { instanceRoutes } from './routes/instances.ts'
import { metaRoutes } from './routes/meta.ts'
import { notificationRoutes } from './routes/notifications.ts'
import { orgImportRoutes } from './routes/org-import.ts'
import { roleRoutes } from './routes/roles.ts'
import { simulateRoutes } from './routes/simulate.ts'
import { taskRoutes } from './routes/tasks.ts'
import { templateRoutes } from './routes/templates.ts'
import { tokenRoutes } from './routes/tokens.ts'
import { twoFactorRoutes } from './routes/two-factor.ts'
import { userRoutes } from './routes/users.ts'
import { webhookRoutes } from './routes/webhooks.ts'

export type { Deps } from './deps.ts'

/** The HTTP app over injected dependencies; `router.specs` lists every route for the OpenAPI document. */
export function createApp(deps: Deps): { app: Hono<AppEnv>; router: Router } {
  const app = new Hono<AppEnv>()

  app.use('*', async (c, next) => {
    const started = performance.now()
    await next()
    c.header('X-Content-Type-Options', 'nosniff')
    deps.log({
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      user: c.get('principal')?.userId,
    })
  })
  app.use('*', securityHeaders({ hsts: deps.secureCookies }))
  const limitBody = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: (c) =>
      errorResponse(
        c,
        new HttpError(413, 'payload_too_large', `the body is larger than ${deps.maxBodyBytes} bytes`),
      ),
  })
  // Uploads stream to disk under their own, per-field limit.
  app.use('/api/*', (c, next) =>
    c.req.method === 'POST' && c.req.path === '/api/v1/attachments' ? next() : limitBody(c, next),
  )

  const router = new Router(app, deps)
  metaRoutes(router, deps)
  authRoutes(router, deps)
  twoFactorRoutes(router, deps)
  tokenRoutes(router, deps)
  departmentRoutes(router, deps)
  userRoutes(router, deps)
  roleRoutes(router, deps)
  delegationRoutes(router, deps)
  orgImportRoutes(router, deps)
  directoryRoutes(router, deps)
  templateRoutes(router)
  appRoutes(router, deps)
  appVersionRoutes(router, deps)
  simulateRoutes(router, deps)
  analyticsRoutes(router, deps)
  instanceRoutes(router, deps)
  taskRoutes(router, deps)
  notificationRoutes(router, deps)
  webhookRoutes(router, deps)
  attachmentRoutes(router, deps)
  certificationRoutes(router, deps)
  certificationFormRoutes(router, deps)
  docsRoutes(router)

  app.notFound((c) =>
    errorResponse(c, new HttpError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`)),
  )
  app.onError((error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error)
    deps.log({ level: 'error', message: error.message, stack: error.stack, path: c.req.path })
    return errorResponse(c, new HttpError(500, 'internal', 'something went wrong on the server'))
  })
  return { app, router }
}
