import { SafetyCertificateFilled } from '@ant-design/icons'
import { Tooltip } from 'antd'
import type { MessageKey } from '../i18n/dictionary.ts'
import { useMessages } from '../i18n/locale-store.ts'
import { isCertifiedLevel } from '../model/certification.ts'
import { useCertificationLevel } from './certification-level.ts'

/** "Certified" with the level, for the header and the organization's forms; nothing while uncertified. */
export function CertifiedBadge({ compact = false }: { compact?: boolean }) {
  const t = useMessages()
  const level = useCertificationLevel()
  if (!isCertifiedLevel(level)) return null
  const key = `certLevel_${level}` as MessageKey
  const name = key in t ? t[key] : level
  return (
    <Tooltip title={name}>
      {/* A plain pill, not an antd Tag: pages find their status tag by its class. */}
      <span className="certified-badge" data-level={level}>
        <SafetyCertificateFilled /> {compact ? t.certifiedBadge : `${t.certifiedBadge} · ${name}`}
      </span>
    </Tooltip>
  )
}
