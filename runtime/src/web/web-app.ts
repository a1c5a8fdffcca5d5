import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'
import type { Hono } from 'hono'
import type { AppEnv } from '../http/env.ts'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/** Paths an app mounted at the root leaves alone: the API, the health check and apps mounted elsewhere. */
const reservedPrefixes = ['/api', '/healthz', '/designer']

function reserved(path: string): boolean {
  return reservedPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
}

/**
 * Serves a built single-page app (Vite's dist folder) under `mount` (`''` for the root): files by
 * path, confined to the folder, and index.html for every other path so client-side routes survive a
 * reload. At the root, the reserved paths fall through to their own routes (or a 404), so an unknown
 * API path never answers with the app's HTML. Returns false when the app has not been built.
 */
export function serveWebApp(app: Hono<AppEnv>, mount: string, distDir: string): boolean {
  const indexFile = join(distDir, 'index.html')
  if (!existsSync(indexFile)) return false
  const index = readFileSync(indexFile)
  const root = normalize(distDir + sep)

  if (mount !== '') app.get(mount, (c) => c.redirect(`${mount}/`))
  app.get(`${mount}/*`, async (c, next) => {
    if (mount === '' && reserved(c.req.path)) return next()
    const relative = decodeURIComponent(c.req.path.slice(mount.length + 1))
    const file = normalize(join(distDir, relative))
    const inside = file.startsWith(root) && !relative.includes('\0')
    const found = inside && relative !== '' && existsSync(file) && statSync(file).isFile()
    // A missing build file is a 404, not the app's HTML under a script's name (a blank page after a redeploy).
    if (!found && relative.startsWith('assets/'))
      return c.body('not found', 404, { 'Cache-Control': 'no-cache' })
    const type = found ? (contentTypes[extname(file)] ?? 'application/octet-stream') : contentTypes['.html']
    // Hashed asset names never change; index.html must be fetched fresh to pick up a new build.
    const cache = found && relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
    return c.body(found ? readFileSync(file) : index, 200, {
      'Content-Type': type ?? '',
      'Cache-Control': cache,
    })
  })
  return true
}
