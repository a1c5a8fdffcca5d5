import type { MiddlewareHandler } from 'hono'

/**
 * The web apps are Vite bundles: scripts only from this origin and never eval (neither app needs it),
 * styles inline as well because antd writes its CSS-in-JS into <style> elements at run time. No page
 * may be framed (clickjacking), and no referrer leaves the site.
 */
export const contentSecurityPolicy = [
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

const permissionsPolicy = ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'].join(', ')

/**
 * Security headers on every answer, API and web apps alike; a route that set a stricter policy for
 * itself (the API reference page) keeps it. HSTS only where the server sits behind TLS.
 */
export function securityHeaders(options: { hsts: boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const set = (name: string, value: string) => {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value)
    }
    set('Content-Security-Policy', contentSecurityPolicy)
    set('X-Frame-Options', 'DENY')
    set('X-Content-Type-Options', 'nosniff')
    set('Referrer-Policy', 'no-referrer')
    set('Permissions-Policy', permissionsPolicy)
    set('Cross-Origin-Opener-Policy', 'same-origin')
    if (options.hsts) set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  }
}
