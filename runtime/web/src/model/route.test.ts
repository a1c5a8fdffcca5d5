import { describe, expect, it } from 'vitest'
import { parseRoute, type Route, routePath } from './route.ts'

describe('routes', () => {
  it('round-trips every page through its path', () => {
    const routes: Route[] = [
      { page: 'start' },
      { page: 'fill', appId: 'app 1' },
      { page: 'inbox', box: 'cc' },
      { page: 'instance', instanceId: 'i1' },
      { page: 'task', taskId: 't/1' },
      { page: 'admin', section: 'webhooks' },
      { page: 'account' },
    ]
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route)
  })

  it('falls back for unknown or partial paths', () => {
    expect(parseRoute('/nowhere')).toEqual({ page: 'start' })
    expect(parseRoute('/apps')).toEqual({ page: 'start' })
    expect(parseRoute('/inbox/weird')).toEqual({ page: 'inbox', box: 'todo' })
    expect(parseRoute('/admin')).toEqual({ page: 'admin', section: 'members' })
  })
})
