import type { MiddlewareHandler } from 'hono'

const pagePolicy = (scripts: string) =>
  [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

/**
 * The workspace's pages: scripts only from this origin, never inline and never evaluated from strings
 * (no 'unsafe-eval': forms are checked by interpreting their submission schema, not by Ajv's generated
 * code); styles inline as well because antd writes its CSS-in-JS into <style> elements at run time. No
 * page may be framed (clickjacking).
 */
export const webAppPolicy = pagePolicy("'self'")

/**
 * The designer's pages: the same, but still with 'unsafe-eval', the known gap in SECURITY.md. The
 * designer checks whole app definitions in the browser (findings on every edit, JSON import, simulation
 * samples) with Ajv, which compiles the definition schemas into functions with Function().
 */
export const designerPolicy = pagePolicy("'self' 'unsafe-eval'")

/** The designer is served under /designer (runtime/src/web/serve-web-apps.ts). */
const designerPath = /^\/designer(\/|$)/

/** Everything that is not an app page (JSON, files, assets): nothing in it may run or load anything. */
export const apiPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const permissionsPolicy = ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'].join(', ')

/**
 * Security headers on every answer, API and web apps alike; a route that set its own policy (the API
 * reference page, stricter) keeps it, and no one may frame, sniff or get a referrer from any of them. HSTS only where the server sits behind TLS.
 */
export function securityHeaders(options: { hsts: boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const set = (name: string, value: string) => {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value)
    }
    const page = (c.res.headers.get('content-type') ?? '').startsWith('text/html')
    const appPolicy = designerPath.test(c.req.path) ? designerPolicy : webAppPolicy
    set('Content-Security-Policy', page ? appPolicy : apiPolicy)
    set('X-Frame-Options', 'DENY')
    set('X-Content-Type-Options', 'nosniff')
    set('Referrer-Policy', 'no-referrer')
    set('Permissions-Policy', permissionsPolicy)
    set('Cross-Origin-Opener-Policy', 'same-origin')
    if (options.hsts) set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  }
}
