import { useDraggable } from '@dnd-kit/core'
import type { FieldType } from '@signoff/schemas'
import { Typography } from 'antd'
import type { DragSource } from '../form/drop-target.ts'
import { fieldCatalog, type PaletteGroup, paletteGroups } from '../form/field-catalog.ts'
import type { MessageKey } from '../i18n/dictionary.ts'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'

const groupTitles = {
  basic: 'groupBasic',
  selection: 'groupSelection',
  people: 'groupPeople',
  files: 'groupFiles',
  advanced: 'groupAdvanced',
  layout: 'groupLayout',
} satisfies Record<PaletteGroup, MessageKey>

/** The catalog's own order, most used first within each group. */
const paletteOrder = Object.keys(fieldCatalog) as FieldType[]

function PaletteItem({ type }: { type: FieldType }) {
  const locale = useLocaleStore((state) => state.locale)
  const spec = fieldCatalog[type]
  const data: DragSource = { kind: 'palette', fieldType: type }
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `palette:${type}`, data })
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`palette-item${isDragging ? ' is-dragging' : ''}`}
      data-field-type={type}
      title={pickText(spec.label, locale)}
      {...attributes}
      {...listeners}
    >
      <span className="field-icon" aria-hidden>
        {spec.icon}
      </span>
      <span className="palette-label">{pickText(spec.label, locale)}</span>
    </button>
  )
}

export function Palette() {
  const t = useMessages()
  return (
    <nav className="palette" aria-label={t.palette}>
      {paletteGroups.map((group) => (
        <section key={group} className="palette-group">
          <Typography.Text type="secondary" className="palette-group-title">
            {t[groupTitles[group]]}
          </Typography.Text>
          <div className="palette-items">
            {paletteOrder
              .filter((type) => fieldCatalog[type].group === group)
              .map((type) => (
                <PaletteItem key={type} type={type} />
              ))}
          </div>
        </section>
      ))}
    </nav>
  )
}
