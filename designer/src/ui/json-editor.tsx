import { Button, Input, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useMessages } from '../i18n/locale-store.ts'

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value, null, 2))

/** Raw JSON for what no generated editor covers; applied as one edit, empty removes the value. */
export function JsonEditor({
  value,
  onApply,
  rows,
}: {
  value: unknown
  onApply: (value: unknown) => void
  rows: number
}) {
  const t = useMessages()
  const [text, setText] = useState(show(value))
  const [error, setError] = useState(false)
  useEffect(() => {
    setText(show(value))
    setError(false)
  }, [value])

  const apply = () => {
    if (text.trim() === '') return onApply(undefined)
    try {
      onApply(JSON.parse(text))
    } catch {
      setError(true)
    }
  }

  return (
    <div className="json-editor">
      <Input.TextArea
        className="mono"
        rows={rows}
        value={text}
        status={error ? 'error' : ''}
        onChange={(e) => {
          setText(e.target.value)
          setError(false)
        }}
        spellCheck={false}
      />
      <div className="json-editor-actions">
        {error && <Typography.Text type="danger">{t.jsonInvalid}</Typography.Text>}
        <Button size="small" onClick={apply} disabled={text === show(value)}>
          {t.apply}
        </Button>
      </div>
    </div>
  )
}
