import { PaperClipOutlined } from '@ant-design/icons'
import { App as AntApp, Button, Input, Progress, Space, Tag } from 'antd'
import { useState } from 'react'
import { api } from '../api/client.ts'
import type { Attachment } from '../api/types.ts'
import { useMessages } from '../i18n/locale-store.ts'

interface CommentBoxProps {
  busy: boolean
  /** Resolves true once the comment is stored, so the box can clear. */
  onSend: (text: string, attachments: string[]) => Promise<boolean>
}

/** A comment with files: each file uploads at once (with progress) and goes with the comment by id. */
export function CommentBox({ busy, onSend }: CommentBoxProps) {
  const t = useMessages()
  const { message } = AntApp.useApp()
  const [text, setText] = useState('')
  const [files, setFiles] = useState<Attachment[]>([])
  const [progress, setProgress] = useState<number | null>(null)

  const pick = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setProgress(0)
    api
      .uploadAttachment({}, file, setProgress)
      .then(
        (stored) => setFiles((before) => [...before, stored]),
        (error: unknown) => message.error(error instanceof Error ? error.message : t.actionFailed),
      )
      .finally(() => setProgress(null))
  }

  const send = async () => {
    // The runtime needs a text with every comment; files go along with it.
    if (!text.trim()) return
    if (
      await onSend(
        text.trim(),
        files.map((file) => file.id),
      )
    ) {
      setText('')
      setFiles([])
    }
  }

  return (
    <>
      <Space.Compact className="comment-box">
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={text}
          placeholder={t.commentPlaceholder}
          aria-label={t.commentPlaceholder}
          onChange={(event) => setText(event.target.value)}
        />
        <Button
          icon={<PaperClipOutlined />}
          aria-label={t.attachments}
          onClick={() => document.getElementById('comment-file')?.click()}
        />
        <Button onClick={send} disabled={!text.trim() || progress !== null} loading={busy}>
          {t.send}
        </Button>
      </Space.Compact>
      <input id="comment-file" type="file" hidden onChange={pick} />
      {progress !== null && <Progress percent={progress} size="small" />}
      {files.length > 0 && (
        <div className="comment-files">
          {files.map((file) => (
            <Tag
              key={file.id}
              closable
              onClose={() => setFiles((before) => before.filter((item) => item.id !== file.id))}
            >
              {file.name}
            </Tag>
          ))}
        </div>
      )}
    </>
  )
}
