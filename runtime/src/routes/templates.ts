import { templates } from '@signoff/templates'
import type { Router } from '../http/router.ts'

export function templateRoutes(router: Router): void {
  router.add(
    {
      method: 'get',
      path: '/api/v1/templates',
      summary: 'Built-in templates to create apps from',
      tag: 'apps',
      auth: 'user',
      response: 'TemplateList',
    },
    ({ c }) =>
      c.json({
        items: templates.map(({ key, tenant, app }) => ({
          key,
          tenant,
          name: app.name,
          ...(app.description ? { description: app.description } : {}),
          ...(app.icon ? { icon: app.icon } : {}),
          ...(app.category ? { category: app.category } : {}),
        })),
      }),
  )
}
