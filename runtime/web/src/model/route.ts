import type { Box } from '../api/types.ts'

export type AdminSection =
  | 'dashboard'
  | 'members'
  | 'departments'
  | 'roles'
  | 'delegations'
  | 'import'
  | 'starters'
  | 'instances'
  | 'audit'
  | 'webhooks'
  | 'certification'
  | 'twoFactor'

export const adminSections: AdminSection[] = [
  'dashboard',
  'members',
  'departments',
  'roles',
  'delegations',
  'import',
  'starters',
  'instances',
  'audit',
  'webhooks',
  'certification',
  'twoFactor',
]

const boxes: Box[] = ['todo', 'done', 'cc', 'started']

export type Route =
  | { page: 'start' }
  | { page: 'fill'; appId: string }
  | { page: 'inbox'; box: Box }
  | { page: 'instance'; instanceId: string }
  | { page: 'task'; taskId: string }
  | { page: 'admin'; section: AdminSection }
  | { page: 'account' }

/** The page a path names; anything unknown is the start page. */
export function parseRoute(pathname: string): Route {
  const [first, second] = pathname
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part))
  if (first === 'apps' && second) return { page: 'fill', appId: second }
  if (first === 'inbox') return { page: 'inbox', box: boxes.find((box) => box === second) ?? 'todo' }
  if (first === 'instances' && second) return { page: 'instance', instanceId: second }
  if (first === 'tasks' && second) return { page: 'task', taskId: second }
  if (first === 'account') return { page: 'account' }
  if (first === 'admin')
    return { page: 'admin', section: adminSections.find((section) => section === second) ?? 'members' }
  return { page: 'start' }
}

export function routePath(route: Route): string {
  const e = encodeURIComponent
  switch (route.page) {
    case 'start':
      return '/'
    case 'fill':
      return `/apps/${e(route.appId)}`
    case 'inbox':
      return `/inbox/${route.box}`
    case 'instance':
      return `/instances/${e(route.instanceId)}`
    case 'task':
      return `/tasks/${e(route.taskId)}`
    case 'admin':
      return `/admin/${route.section}`
    case 'account':
      return '/account'
  }
}
