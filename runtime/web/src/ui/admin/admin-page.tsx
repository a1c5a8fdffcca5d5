import { Menu, Result, Select, Spin, Typography } from 'antd'
import { lazy, type ReactNode, Suspense } from 'react'
import type { MessageKey } from '../../i18n/dictionary.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { type AdminSection, adminSections } from '../../model/route.ts'
import { isOrgAdmin, useMe } from '../session.ts'
import { useNarrow } from '../use-narrow.ts'
import { navigate } from '../use-route.ts'
import { AuditSection } from './audit-section.tsx'
import { DashboardSection } from './dashboard-section.tsx'
import { DelegationsSection } from './delegations-section.tsx'
import { DepartmentsSection } from './departments-section.tsx'
import { ImportSection } from './import-section.tsx'
import { InstancesSection } from './instances-section.tsx'
import { MembersSection } from './members-section.tsx'
import { RolesSection } from './roles-section.tsx'
import { StartersSection } from './starters-section.tsx'
import { TwoFactorSection } from './two-factor-section.tsx'
import { WebhooksSection } from './webhooks-section.tsx'

// Certification brings the form renderer and its validator: it loads when first opened.
const CertificationSection = lazy(() =>
  import('./certification-section.tsx').then((module) => ({ default: module.CertificationSection })),
)

const titles: Record<AdminSection, MessageKey> = {
  dashboard: 'dashboard',
  members: 'members',
  departments: 'departments',
  roles: 'roles',
  delegations: 'delegations',
  import: 'importCsv',
  starters: 'starters',
  instances: 'instances',
  audit: 'audit',
  webhooks: 'webhooks',
  certification: 'certification',
  twoFactor: 'twoFactor',
}

const sections: Record<AdminSection, () => ReactNode> = {
  dashboard: () => <DashboardSection />,
  members: () => <MembersSection />,
  departments: () => <DepartmentsSection />,
  roles: () => <RolesSection />,
  delegations: () => <DelegationsSection />,
  import: () => <ImportSection />,
  starters: () => <StartersSection />,
  instances: () => <InstancesSection />,
  audit: () => <AuditSection />,
  webhooks: () => <WebhooksSection />,
  certification: () => (
    <Suspense fallback={<Spin />}>
      <CertificationSection />
    </Suspense>
  ),
  twoFactor: () => <TwoFactorSection />,
}

/** The org admin's console: a section list (a picker on phones) and the chosen section. */
export function AdminPage({ section }: { section: AdminSection }) {
  const t = useMessages()
  const me = useMe()
  const narrow = useNarrow()
  if (!isOrgAdmin(me)) return <Result status="403" title={t.notAdmin} />
  const items = adminSections.map((key) => ({ key, label: t[titles[key]] }))
  const go = (key: string) => navigate({ page: 'admin', section: key as AdminSection })
  return (
    <div className="page-body">
      <Typography.Title level={4}>{t.adminTitle}</Typography.Title>
      <div className="admin-layout">
        {narrow ? (
          <Select
            value={section}
            onChange={go}
            options={items.map((item) => ({ value: item.key, label: item.label }))}
          />
        ) : (
          <Menu mode="inline" selectedKeys={[section]} items={items} onClick={({ key }) => go(key)} />
        )}
        <div className="admin-content">{sections[section]()}</div>
      </div>
    </div>
  )
}
