import { Popconfirm } from 'antd'
import { type MouseEvent, useState } from 'react'
import { useMessages } from '../i18n/locale-store.ts'

/**
 * The "×" on a card, asking before it deletes. The confirmation is mounted the first time it opens: an
 * antd Popconfirm on each of hundreds of cards made every drag on a large flow slow (bench workload 6).
 */
export function DeleteButton({ label, onConfirm }: { label: string; onConfirm: () => void }) {
  const t = useMessages()
  const [armed, setArmed] = useState(false)
  const [open, setOpen] = useState(false)
  const button = (
    <button
      type="button"
      className="flow-card-delete nodrag"
      aria-label={label}
      onClick={(event: MouseEvent) => {
        event.stopPropagation()
        // Once the confirmation is mounted, its own trigger opens and closes it.
        if (armed) return
        setArmed(true)
        setOpen(true)
      }}
    >
      ×
    </button>
  )
  if (!armed) return button
  return (
    <Popconfirm
      title={label}
      open={open}
      onOpenChange={setOpen}
      onConfirm={() => {
        setOpen(false)
        onConfirm()
      }}
      okText={t.delete}
      cancelText={t.cancel}
    >
      {button}
    </Popconfirm>
  )
}
