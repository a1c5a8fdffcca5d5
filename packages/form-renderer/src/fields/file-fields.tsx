import type { AttachmentField, ImageField, SubmittedFile } from '@signoff/schemas'
import { Button, Progress } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { ui } from '../i18n/ui.ts'
import { useSetup } from '../render-context.ts'
import type { FieldProps, FieldRenderer } from './field-props.ts'
import { FileList } from './file-list.tsx'
import { defaultImageTypes, refusal } from './file-rules.ts'

type FileField = AttachmentField | ImageField

interface Pending {
  key: number
  name: string
  percent: number
  failed?: boolean
}

export const filesOf = (value: unknown): SubmittedFile[] =>
  Array.isArray(value)
    ? value.filter((file): file is SubmittedFile => typeof file === 'object' && file !== null)
    : []

type FilesProps = FieldProps<FileField> & { images: boolean }

function FilesEdit({ field, value, onChange, id, locale, aria, images }: FilesProps) {
  const { upload, attachmentUrl } = useSetup().services
  const accept = field.accept ?? (images ? defaultImageTypes : undefined)
  const files = filesOf(value)
  // Uploads finish one by one after this render: each adds to the latest list, not to this one.
  const latest = useRef(files)
  latest.current = files
  const [pending, setPending] = useState<Pending[]>([])
  const [problem, setProblem] = useState<string>()
  const input = useRef<HTMLInputElement>(null)
  const nextKey = useRef(0)
  const running = useRef(new Set<AbortController>())
  useEffect(() => {
    const controllers = running.current
    return () => {
      for (const controller of controllers) controller.abort()
    }
  }, [])

  const start = (file: File) => {
    if (!upload) return
    const key = nextKey.current++
    const change = (patch: Partial<Pending>) =>
      setPending((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)))
    setPending((list) => [...list, { key, name: file.name, percent: 0 }])
    const controller = new AbortController()
    running.current.add(controller)
    upload(file, {
      fieldId: field.id,
      onProgress: (percent) => change({ percent }),
      signal: controller.signal,
    })
      .finally(() => running.current.delete(controller))
      .then((stored) => {
        latest.current = [...latest.current, stored]
        onChange(latest.current)
        setPending((list) => list.filter((p) => p.key !== key))
      })
      .catch(() => change({ failed: true }))
  }

  const choose = (chosen: FileList | null) => {
    const refused: string[] = []
    let count = files.length + pending.filter((p) => !p.failed).length
    for (const file of Array.from(chosen ?? [])) {
      const why = refusal(file, { ...field, accept }, count, locale)
      if (why) refused.push(why)
      else {
        count++
        start(file)
      }
    }
    setProblem(refused.length > 0 ? refused.join('；') : undefined)
    if (input.current) input.current.value = ''
  }

  const remove = (index: number) => {
    const next = files.filter((_, i) => i !== index)
    onChange(next.length > 0 ? next : undefined)
  }

  return (
    <div className="sf-files">
      <input
        ref={input}
        id={id}
        {...aria}
        type="file"
        className="sf-file-input"
        multiple={(field.maxCount ?? 50) > 1}
        accept={accept?.join(',')}
        disabled={!upload}
        onChange={(event) => choose(event.target.files)}
      />
      <Button disabled={!upload} onClick={() => input.current?.click()} tabIndex={-1} aria-hidden>
        {ui(locale, !upload ? 'noUploader' : images ? 'uploadImage' : 'upload')}
      </Button>
      {problem && (
        <div className="sf-file-problem" role="alert">
          {problem}
        </div>
      )}
      {pending.map((p) => (
        <div key={p.key} className="sf-file-pending">
          <span>{p.name}</span>
          <Progress
            percent={Math.round(p.percent)}
            size="small"
            status={p.failed ? 'exception' : 'active'}
            aria-label={`${ui(locale, p.failed ? 'uploadFailed' : 'uploading')} ${p.name}`}
          />
        </div>
      ))}
      <FileList files={files} images={images} url={attachmentUrl} locale={locale} onRemove={remove} />
    </div>
  )
}

function FilesRead({ value, locale, images }: FilesProps) {
  const { attachmentUrl } = useSetup().services
  const files = filesOf(value)
  if (files.length === 0) return <span className="sf-value">{ui(locale, 'empty')}</span>
  return <FileList files={files} images={images} url={attachmentUrl} locale={locale} />
}

export const fileRenderers = {
  attachment: {
    Edit: (props) => <FilesEdit {...props} images={false} />,
    Read: (props) => <FilesRead {...props} images={false} />,
  } satisfies FieldRenderer<AttachmentField>,
  image: {
    Edit: (props) => <FilesEdit {...props} images />,
    Read: (props) => <FilesRead {...props} images />,
  } satisfies FieldRenderer<ImageField>,
}
