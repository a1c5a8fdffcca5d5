import type { Router, RouteSpec } from '../http/router.ts'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function row(spec: RouteSpec): string {
  const body = spec.body ? `<code>${escapeHtml(spec.body)}</code>` : ''
  const answer = spec.response ? `<code>${escapeHtml(spec.response)}</code>` : ''
  const extras = [...(spec.query ?? []).map((q) => `?${q}`), ...(spec.headers ?? [])]
    .map(escapeHtml)
    .join(' ')
  return `<tr><td class="m ${spec.method}">${spec.method.toUpperCase()}</td><td><code>${escapeHtml(spec.path)}</code>${
    extras ? `<br><small>${extras}</small>` : ''
  }</td><td>${escapeHtml(spec.summary)}${spec.auth === 'public' ? ' <em>(public)</em>' : ''}</td><td>${body}</td><td>${answer}</td></tr>`
}

/** The API reference as one page, from the same route list as /api/openapi.json; no script, no outside assets. */
export function referencePage(specs: readonly RouteSpec[]): string {
  const tags = [...new Set(specs.map((spec) => spec.tag))]
  const sections = tags
    .map(
      (tag) =>
        `<h2>${escapeHtml(tag)}</h2><table><tr><th></th><th>path</th><th>what</th><th>body</th><th>answer</th></tr>${specs
          .filter((spec) => spec.tag === tag)
          .map(row)
          .join('')}</table>`,
    )
    .join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signoff API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.35rem;text-align:left;vertical-align:top}.m{font-weight:600;width:4rem}.get{color:#1a7f37}.post{color:#0969da}.put,.patch{color:#9a6700}.delete{color:#cf222e}</style>
</head><body><h1>Signoff API</h1>
<p>Base <code>/api/v1</code>. Schemas of every body: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are <code>{"error":{"code","message","path"?}}</code>. Cookie sessions send <code>X-CSRF-Token</code> on changes; <code>Authorization: Bearer</code> tokens need not.</p>
${sections}</body></html>`
}

export function docsRoutes(router: Router): void {
  router.add(
    {
      method: 'get',
      path: '/api/docs',
      summary: 'This API reference as a web page',
      tag: 'meta',
      auth: 'public',
    },
    ({ c }) => {
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      return c.html(referencePage(router.specs))
    },
  )
}
