import { fileURLToPath } from 'node:url'
import type { Hono } from 'hono'
import type { Deps } from '../deps.ts'
import type { AppEnv } from '../http/env.ts'
import { serveWebApp } from './web-app.ts'

/** The built web apps: the designer at /designer/ and the workspace at /. Call after the API routes. */
export function serveWebApps(app: Hono<AppEnv>, log: Deps['log']): void {
  const designerDist = fileURLToPath(new URL('../../../designer/dist', import.meta.url))
  const workspaceDist = fileURLToPath(new URL('../../web/dist', import.meta.url))
  const designer = serveWebApp(app, '/designer', designerDist)
  if (!designer)
    log({ level: 'warn', message: 'designer not built (pnpm run build); /designer/ is not served' })
  if (!serveWebApp(app, '', workspaceDist)) {
    log({ level: 'warn', message: 'workspace not built (pnpm run build); / is not served' })
    // Without the workspace, / still leads somewhere useful.
    if (designer) app.get('/', (c) => c.redirect('/designer/'))
  }
}
