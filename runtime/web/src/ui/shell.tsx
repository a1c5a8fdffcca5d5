import {
  AppstoreAddOutlined,
  CheckSquareOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  UserOutlined,
} from '@ant-design/icons'
import { Badge, Button, Dropdown, Layout } from 'antd'
import type { ReactNode } from 'react'
import type { Counts } from '../api/types.ts'
import { useMessages } from '../i18n/locale-store.ts'
import type { Route } from '../model/route.ts'
import { CertifiedBadge } from './certified-badge.tsx'
import { LocaleSwitch } from './locale-switch.tsx'
import { NotificationBell } from './notification-bell.tsx'
import { isOrgAdmin, useMe } from './session.ts'
import { useNarrow } from './use-narrow.ts'
import { navigate } from './use-route.ts'

interface ShellProps {
  route: Route
  counts: Counts | null
  onRefreshCounts: () => void
  onSignOut: () => void
  children: ReactNode
}

/** The top bar (brand, pages, bell, language, the user) around every page; a tab bar at the bottom on phones. */
export function Shell({ route, counts, onRefreshCounts, onSignOut, children }: ShellProps) {
  const t = useMessages()
  const me = useMe()
  const narrow = useNarrow()
  const items = [
    { key: 'start', label: t.navStart, icon: <AppstoreAddOutlined />, to: { page: 'start' } as Route },
    {
      key: 'inbox',
      label: t.navInbox,
      icon: (
        <Badge count={counts?.todo ?? 0} size="small" offset={[4, -2]}>
          <CheckSquareOutlined />
        </Badge>
      ),
      to: { page: 'inbox', box: 'todo' } as Route,
    },
    ...(isOrgAdmin(me)
      ? [
          {
            key: 'admin',
            label: t.navAdmin,
            icon: <SettingOutlined />,
            to: { page: 'admin', section: 'members' } as Route,
          },
        ]
      : []),
  ]
  const active =
    route.page === 'inbox' || route.page === 'task' || route.page === 'instance'
      ? 'inbox'
      : route.page === 'admin'
        ? 'admin'
        : route.page === 'account'
          ? null
          : 'start'

  const nav = (
    <nav className={narrow ? 'tab-bar' : 'top-nav'} aria-label={t.brand}>
      {items.map((item) => (
        <button
          type="button"
          key={item.key}
          className={item.key === active ? 'nav-item nav-active' : 'nav-item'}
          aria-current={item.key === active ? 'page' : undefined}
          onClick={() => navigate(item.to)}
        >
          {item.icon}
          <span>{item.label}</span>
        </button>
      ))}
    </nav>
  )

  return (
    <Layout className={narrow ? 'shell shell-narrow' : 'shell'}>
      <Layout.Header className="top-bar">
        <button type="button" className="brand" onClick={() => navigate({ page: 'start' })}>
          {narrow ? t.brand : t.appTitle}
        </button>
        <CertifiedBadge compact={narrow} />
        {!narrow && nav}
        <div className="top-tools">
          <NotificationBell onChange={onRefreshCounts} />
          <LocaleSwitch />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'tenant', label: me.tenant.name, disabled: true },
                ...(me.permissions.includes('apps.create')
                  ? [{ key: 'designer', label: <a href="/designer/">{t.designer}</a> }]
                  : []),
                {
                  key: 'account',
                  label: t.account,
                  icon: <SafetyCertificateOutlined />,
                  onClick: () => navigate({ page: 'account' }),
                },
                { key: 'out', label: t.signOut, icon: <LogoutOutlined />, onClick: onSignOut },
              ],
            }}
          >
            <Button type="text" icon={<UserOutlined />} className="user-button">
              {!narrow && me.user.name}
            </Button>
          </Dropdown>
        </div>
      </Layout.Header>
      <Layout.Content className="page">{children}</Layout.Content>
      {narrow && nav}
    </Layout>
  )
}
