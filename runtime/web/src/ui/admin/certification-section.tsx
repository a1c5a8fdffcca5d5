import { CheckCircleFilled, LockOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Descriptions, List, Space, Spin, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { api } from '../../api/client.ts'
import type { CertificationType } from '../../api/types.ts'
import type { MessageKey } from '../../i18n/dictionary.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { isOpenApplication, levelOfType } from '../../model/certification.ts'
import { formatTime } from '../../model/timeline.ts'
import { rememberCertificationLevel } from '../certification-level.ts'
import { CertifiedBadge } from '../certified-badge.tsx'
import { StatusTag } from '../status-tag.tsx'
import { CertificationApplicationView } from './certification-application.tsx'
import { CertificationApply } from './certification-apply.tsx'
import { CertificationNotices } from './certification-notices.tsx'
import { useLoad } from './use-load.ts'

/** The organization's certification: its level, the application under way, and applying. */
export function CertificationSection() {
  const t = useMessages()
  const [status, reload] = useLoad(useCallback(() => api.certification(), []))
  const [applying, setApplying] = useState<CertificationType | null>(null)
  const [shown, setShown] = useState<string | null>(null)

  useEffect(() => {
    if (status && !(status instanceof Error)) rememberCertificationLevel(status.level)
  }, [status])

  if (status === undefined) return <Spin />
  if (status instanceof Error) return <Alert type="error" showIcon title={status.message} />
  if (applying)
    return (
      <CertificationApply
        type={applying}
        onCancel={() => setApplying(null)}
        onApplied={(application) => {
          setApplying(null)
          setShown(application.id)
          reload()
        }}
      />
    )

  const applications = status.applications ?? []
  // The one asked for, else the one under way, else the latest (newest first) with its outcome.
  const current =
    applications.find((application) => application.id === shown) ??
    applications.find(isOpenApplication) ??
    applications[0]
  const canApply = !applications.some(isOpenApplication)
  const levelKey = `certLevel_${status.level}` as MessageKey
  const features = [
    { key: 'webhooks', label: t.certFeatureWebhooks, on: status.features.webhooks },
    { key: 'apiTokens', label: t.certFeatureApiTokens, on: status.features.apiTokens },
    { key: 'apps', label: t.certFeatureApps, on: status.features.publishedAppLimit === null },
  ]

  return (
    <Space orientation="vertical" size={16} className="certification-section">
      <Card size="small" title={t.certStatus} extra={<CertifiedBadge />}>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} className="certification-facts">
          <Descriptions.Item label={t.certLevel}>
            <span className="certification-level">{levelKey in t ? t[levelKey] : status.level}</span>
          </Descriptions.Item>
          {status.certified && (
            <>
              <Descriptions.Item label={t.certEntity}>{status.enterpriseName}</Descriptions.Item>
              <Descriptions.Item label={t.certCreditCode}>{status.creditCode}</Descriptions.Item>
              <Descriptions.Item label={t.certifiedAt}>
                {status.certifiedAt ? formatTime(status.certifiedAt, new Date()) : '—'}
              </Descriptions.Item>
            </>
          )}
          <Descriptions.Item label={t.certFeatures}>
            <Space wrap size={[12, 4]}>
              {features.map((feature) => (
                <Typography.Text key={feature.key} type={feature.on ? 'success' : 'secondary'}>
                  {feature.on ? <CheckCircleFilled /> : <LockOutlined />} {feature.label}
                </Typography.Text>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        {canApply && (
          <>
            <Typography.Paragraph type="secondary">{t.certApplyHint}</Typography.Paragraph>
            <Space wrap>
              {(['enterprise', 'individual'] as const).map((type) => (
                <Button
                  key={type}
                  type={type === 'enterprise' ? 'primary' : 'default'}
                  disabled={status.certified && status.level === levelOfType[type]}
                  onClick={() => setApplying(type)}
                >
                  {type === 'enterprise' ? t.certApplyEnterprise : t.certApplyIndividual}
                </Button>
              ))}
            </Space>
          </>
        )}
      </Card>
      {current && <CertificationApplicationView key={current.id} id={current.id} onChanged={reload} />}
      {current && <CertificationNotices version={`${current.id}:${current.version}`} />}
      {applications.length > (current ? 1 : 0) && (
        <Card size="small" title={t.certHistory}>
          <List
            size="small"
            dataSource={applications.filter((application) => application.id !== current?.id)}
            renderItem={(application) => (
              <List.Item
                actions={[
                  <Button key="open" type="link" size="small" onClick={() => setShown(application.id)}>
                    {t.openInstance}
                  </Button>,
                ]}
              >
                <Space wrap>
                  <span>{application.serialNumber ?? application.id}</span>
                  <StatusTag status={application.status} />
                  <Typography.Text type="secondary">
                    {formatTime(application.createdAt, new Date())}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
    </Space>
  )
}
