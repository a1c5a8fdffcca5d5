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

/**
 * Serves a built single-page app (Vite's dist folder) under `mount`: files by path, confined to the
 * folder, and index.html for every other path so client-side routes survive a reload. Returns false
 * when the app has not been built.
 */
export function serveWebApp(app: Hono<AppEnv>, mount: string, distDir: string): boolean {
  const indexFile = join(distDir, 'index.html')
  if (!existsSync(indexFile)) return false
  const index = readFileSync(indexFile)
  const root = normalize(distDir + sep)

  app.get(mount, (c) => c.redirect(`${mount}/`))
  app.get(`${mount}/*`, (c) => {
    const relative = decodeURIComponent(c.req.path.slice(mount.length + 1))
    const file = normalize(join(distDir, relative))
    const inside = file.startsWith(root) && !relative.includes('\0')
    const found = inside && relative !== '' && existsSync(file) && statSync(file).isFile()
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
