import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { lazy, Suspense, useEffect, useState } from 'react'
import { api, type Me, whenEnrolmentRequired } from '../api/client.ts'
import { useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { AppListPage } from './app-list-page.tsx'
import { LoginPage } from './login-page.tsx'
import { useHashRoute } from './use-hash-route.ts'

const antLocales = { 'zh-CN': zhCN, en: enUS }

// The designer (analysis, schemas, the form renderer) loads when an app is opened, not for the app list.
const DesignerPage = lazy(() =>
  import('./designer-page.tsx').then((module) => ({ default: module.DesignerPage })),
)

export function Root() {
  const locale = useLocaleStore((state) => state.locale)
  const t = useMessages()
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  const [mustEnrol, setMustEnrol] = useState(false)
  const [route, navigate] = useHashRoute()

  useEffect(() => {
    api.me().then(setMe, () => setMe(null))
  }, [])
  useEffect(() => {
    whenEnrolmentRequired(() => setMustEnrol(true))
    return () => whenEnrolmentRequired(null)
  }, [])

  const page = mustEnrol ? (
    <Result
      status="warning"
      title={t.twoFactorEnrolRequired}
      extra={
        <Button type="primary" href="/account">
          {t.twoFactorEnrolGo}
        </Button>
      }
    />
  ) : me === undefined ? (
    <Spin className="page-spinner" />
  ) : me === null ? (
    <LoginPage onSignedIn={setMe} />
  ) : route.appId ? (
    <Suspense fallback={<Spin className="page-spinner" />}>
      <DesignerPage appId={route.appId} onBack={() => navigate({})} />
    </Suspense>
  ) : (
    <AppListPage me={me} onOpen={(appId) => navigate({ appId })} onSignedOut={() => setMe(null)} />
  )

  return (
    <ConfigProvider
      locale={antLocales[locale]}
      theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}
    >
      <AntApp>{page}</AntApp>
    </ConfigProvider>
  )
}
