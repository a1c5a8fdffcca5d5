import { useEffect, useState } from 'react'

export interface Route {
  appId?: string
}

function parse(hash: string): Route {
  const appId = /^#\/apps\/([^/]+)/.exec(hash)?.[1]
  return appId ? { appId: decodeURIComponent(appId) } : {}
}

/** The page shown lives in the URL hash (#/apps/:id) so a reload or a shared link opens the same app. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parse(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const navigate = (next: Route) => {
    window.location.hash = next.appId ? `#/apps/${encodeURIComponent(next.appId)}` : '#/'
  }
  return [route, navigate]
}
