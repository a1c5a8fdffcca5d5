import { App as AntApp, ConfigProvider, Spin } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { api, whenEnrolmentRequired } from '../api/client.ts'
import type { Counts, Me } from '../api/types.ts'
import { useLocale } from '../i18n/locale-store.ts'
import { DirectoryProvider } from './directory.tsx'
import { SessionContext } from './session.ts'
import { Shell } from './shell.tsx'
import { navigate, useRoute } from './use-route.ts'

const antLocales = { 'zh-CN': zhCN, en: enUS }

// Only org admins open the console: it loads on first visit.
const AdminPage = lazy(() =>
  import('./admin/admin-page.tsx').then((module) => ({ default: module.AdminPage })),
)
// Each page loads on first visit, so the first screen needs only the shell: the form renderer, its
// validator and the expression language come with the first form opened (bench workload 6 sizes this).
const FillPage = lazy(() => import('./fill-page.tsx').then((module) => ({ default: module.FillPage })))
const InstancePage = lazy(() =>
  import('./instance-page.tsx').then((module) => ({ default: module.InstancePage })),
)
const InboxPage = lazy(() => import('./inbox-page.tsx').then((module) => ({ default: module.InboxPage })))
const StartPage = lazy(() => import('./start-page.tsx').then((module) => ({ default: module.StartPage })))
const AccountPage = lazy(() =>
  import('./account/account-page.tsx').then((module) => ({ default: module.AccountPage })),
)
const LoginPage = lazy(() => import('./login-page.tsx').then((module) => ({ default: module.LoginPage })))

export function Root() {
  const locale = useLocale()
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  const [route] = useRoute()
  const [counts, setCounts] = useState<Counts | null>(null)

  useEffect(() => {
    api.me().then(setMe, () => setMe(null))
  }, [])

  // An admin the organization requires to enrol gets 403 on everything else: send them to enrol, not to broken pages.
  useEffect(() => {
    whenEnrolmentRequired(() => {
      if (window.location.pathname !== '/account') navigate({ page: 'account' }, true)
    })
    return () => whenEnrolmentRequired(null)
  }, [])

  const refreshCounts = useCallback(() => {
    api.counts().then(setCounts, () => undefined)
  }, [])

  useEffect(() => {
    void route
    if (me) refreshCounts()
  }, [me, route, refreshCounts])

  const signOut = async () => {
    await api.logout().catch(() => undefined)
    setMe(null)
  }

  let page: React.ReactNode
  if (me === undefined) page = <Spin className="page-spinner" />
  else if (me === null)
    page = (
      <Suspense fallback={<Spin className="page-spinner" />}>
        <LoginPage onSignedIn={setMe} />
      </Suspense>
    )
  else {
    const content =
      route.page === 'fill' ? (
        <FillPage key={route.appId} appId={route.appId} />
      ) : route.page === 'inbox' ? (
        <InboxPage box={route.box} counts={counts} onCounts={setCounts} />
      ) : route.page === 'instance' ? (
        <InstancePage key={route.instanceId} instanceId={route.instanceId} onChanged={refreshCounts} />
      ) : route.page === 'task' ? (
        <InstancePage key={route.taskId} taskId={route.taskId} onChanged={refreshCounts} />
      ) : route.page === 'admin' ? (
        <AdminPage section={route.section} />
      ) : route.page === 'account' ? (
        <AccountPage />
      ) : (
        <StartPage />
      )
    page = (
      <SessionContext.Provider value={me}>
        <DirectoryProvider>
          <Shell route={route} counts={counts} onRefreshCounts={refreshCounts} onSignOut={signOut}>
            <Suspense fallback={<Spin className="page-spinner" />}>{content}</Suspense>
          </Shell>
        </DirectoryProvider>
      </SessionContext.Provider>
    )
  }

  return (
    <ConfigProvider
      locale={antLocales[locale]}
      theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}
    >
      <AntApp>{page}</AntApp>
    </ConfigProvider>
  )
}
