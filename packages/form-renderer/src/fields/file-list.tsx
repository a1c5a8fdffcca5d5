import type { SubmittedFile } from '@signoff/schemas'
import { Button } from 'antd'
import { fileSize, ui } from '../i18n/ui.ts'
import type { Locale } from '../types.ts'

/** Uploaded files: thumbnails for images when their address is known, otherwise names with sizes. */
export function FileList({
  files,
  images,
  url,
  locale,
  onRemove,
}: {
  files: SubmittedFile[]
  images: boolean
  url: ((file: SubmittedFile) => string) | undefined
  locale: Locale
  onRemove?: (index: number) => void
}) {
  if (files.length === 0) return null
  return (
    <ul className={images && url ? 'sf-file-list sf-image-list' : 'sf-file-list'}>
      {files.map((file, index) => {
        const href = url?.(file)
        return (
          <li key={file.id}>
            {images && href ? (
              <a href={href} target="_blank" rel="noreferrer" className="sf-thumb">
                <img src={href} alt={file.name} />
              </a>
            ) : null}
            <span className="sf-file-name">
              {href ? (
                <a href={href} target="_blank" rel="noreferrer">
                  {file.name}
                </a>
              ) : (
                file.name
              )}
              <span className="sf-file-size"> {fileSize(file.size)}</span>
            </span>
            {onRemove && (
              <Button
                size="small"
                type="link"
                danger
                aria-label={`${ui(locale, 'remove')} ${file.name}`}
                onClick={() => onRemove(index)}
              >
                {ui(locale, 'remove')}
              </Button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
