import type { MiddlewareHandler } from 'hono'

/**
 * Every web app's pages (the workspace and the designer): scripts only from this origin, never inline
 * and never evaluated from strings (no 'unsafe-eval': forms are checked by interpreting their
 * submission schema, and app definitions by validators precompiled at `pnpm generate`, not by code Ajv
 * generates in the browser); styles inline as well because antd writes its CSS-in-JS into <style>
 * elements at run time. No page may be framed (clickjacking).
 */
export const webAppPolicy = [
  "default-src 'self'",
  "script-src 'self'",
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
    set('Content-Security-Policy', page ? webAppPolicy : apiPolicy)
    set('X-Frame-Options', 'DENY')
    set('X-Content-Type-Options', 'nosniff')
    set('Referrer-Policy', 'no-referrer')
    set('Permissions-Policy', permissionsPolicy)
    set('Cross-Origin-Opener-Policy', 'same-origin')
    if (options.hsts) set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  }
}
