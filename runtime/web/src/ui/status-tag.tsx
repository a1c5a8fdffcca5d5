import { Tag } from 'antd'
import type { MessageKey } from '../i18n/dictionary.ts'
import { useMessages } from '../i18n/locale-store.ts'

const colors: Record<string, string> = {
  running: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
  failed: 'error',
  returned: 'warning',
}

export function StatusTag({ status }: { status: string }) {
  const t = useMessages()
  const key = `status_${status}` as MessageKey
  return <Tag color={colors[status] ?? 'default'}>{key in t ? t[key] : status}</Tag>
}

export function useStatusText(): (status: string) => string {
  const t = useMessages()
  return (status) => {
    const key = `status_${status}` as MessageKey
    return key in t ? t[key] : status
  }
}
