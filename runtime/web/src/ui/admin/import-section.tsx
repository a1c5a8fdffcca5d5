import { Alert, Button, Input, Progress, Space, Table, Typography, Upload } from 'antd'
import { useState } from 'react'
import { ApiError, api } from '../../api/client.ts'
import type { ImportRowError } from '../../api/types.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { importIssueText } from '../../model/import-issues.ts'
import { useDirectory } from '../directory.tsx'

/** CSV import: all rows or none; a refused file lists every bad row with its problems. */
export function ImportSection() {
  const t = useMessages()
  const names = useDirectory()
  const [csv, setCsv] = useState('login,name,email,phone,department,roles,head\n')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ imported: number } | null>(null)
  const [rows, setRows] = useState<ImportRowError[]>([])
  const [error, setError] = useState<string | null>(null)

  const run = async () => {
    setBusy(true)
    setResult(null)
    setRows([])
    setError(null)
    try {
      setResult(await api.importOrg(csv))
      names.reload()
    } catch (caught) {
      if (caught instanceof ApiError && caught.body.rows) setRows(caught.body.rows)
      else setError(caught instanceof Error ? caught.message : t.actionFailed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Space orientation="vertical" className="import-section" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t.csvHelp}</Typography.Paragraph>
      <Upload
        accept=".csv,text/csv"
        showUploadList={false}
        beforeUpload={(file) => {
          file.text().then(setCsv)
          return false
        }}
      >
        <Button>{t.chooseFile}</Button>
      </Upload>
      <Input.TextArea
        rows={8}
        value={csv}
        onChange={(event) => setCsv(event.target.value)}
        aria-label="CSV"
      />
      <Button type="primary" onClick={run} loading={busy}>
        {t.importNow}
      </Button>
      {busy && <Progress percent={99} status="active" showInfo={false} />}
      {result && <Alert type="success" showIcon title={`${t.imported}: ${result.imported}`} />}
      {error && <Alert type="error" showIcon title={error} />}
      {rows.length > 0 && (
        <>
          <Alert type="error" showIcon title={t.importErrors} />
          <Table<ImportRowError>
            rowKey="line"
            size="small"
            dataSource={rows}
            pagination={false}
            columns={[
              { title: t.row, dataIndex: 'line', width: 70 },
              { title: t.login, dataIndex: 'login', width: 120 },
              {
                title: t.error,
                render: (_, row) =>
                  row.issues.map((issue) => (
                    <div key={`${issue.path}-${issue.code}`}>{importIssueText(issue, row, t)}</div>
                  )),
              },
            ]}
          />
        </>
      )}
    </Space>
  )
}
