import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { parseRoute, type Route, routePath } from '../model/route.ts'

const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

export function navigate(route: Route, replace = false): void {
  const path = routePath(route)
  if (path !== window.location.pathname) {
    if (replace) window.history.replaceState(null, '', path)
    else window.history.pushState(null, '', path)
  }
  window.scrollTo(0, 0)
  for (const listener of listeners) listener()
}

/** The page the address names; client-side routes use real paths (the runtime answers index.html for them). */
export function useRoute(): [Route, (route: Route, replace?: boolean) => void] {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname)
  const go = useCallback((route: Route, replace?: boolean) => navigate(route, replace), [])
  const route = useMemo(() => parseRoute(pathname), [pathname])
  return [route, go]
}
