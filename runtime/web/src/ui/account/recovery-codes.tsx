import { CopyOutlined, DownloadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Space } from 'antd'
import { useMessages } from '../../i18n/locale-store.ts'

/** The recovery codes, shown once: copy, download, and a plain warning that they will not be shown again. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useMessages()
  const { message } = App.useApp()
  const text = `${codes.join('\n')}\n`

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      message.success(t.twoFactorCopied)
    } catch {
      message.error(t.twoFactorFailedGeneric)
    }
  }

  const download = () => {
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }))
    link.download = `signoff-recovery-codes-${location.hostname}.txt`
    link.click()
    URL.revokeObjectURL(link.href)
  }

  return (
    <section className="recovery-codes" aria-label={t.twoFactorCodesTitle}>
      <h3>{t.twoFactorCodesTitle}</h3>
      <Alert type="warning" showIcon title={t.twoFactorCodesWarning} />
      <ol className="recovery-code-list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <Space wrap>
        <Button icon={<CopyOutlined />} onClick={copy}>
          {t.twoFactorCopy}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={download}>
          {t.twoFactorDownload}
        </Button>
        <Button type="primary" onClick={onDone}>
          {t.twoFactorSaved}
        </Button>
      </Space>
    </section>
  )
}
