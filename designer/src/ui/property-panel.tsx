import type { Field, FieldType } from '@signoff/schemas'
import { Empty, Form, Input, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { specOf } from '../form/field-catalog.ts'
import { fieldIds } from '../form/field-ids.ts'
import { findField } from '../form/field-tree.ts'
import type { MessageKey } from '../i18n/dictionary.ts'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { baseTitles } from '../properties/base-titles.ts'
import { type Editor, type PropertyModel, propertyModel, refineEditor } from '../properties/property-model.ts'
import { designerStore, useDesigner } from '../store/use-designer.ts'
import { PropertyEditor } from './property-editor.tsx'

/** Editor kinds holding a draft of their own (a condition, a formula, JSON being typed). */
const keepsDraft = new Set<Editor['kind']>(['condition', 'formula', 'json'])

const identifier = /^[A-Za-z][A-Za-z0-9_]{0,63}$/

/** The id is renamed on Enter or blur only, once it is valid and unused, so references never see half an id. */
function IdInput({ field }: { field: Field }) {
  const t = useMessages()
  const [text, setText] = useState(field.id)
  // Selecting another field starts afresh, without remounting the input (see PropertyPanel).
  const [shown, setShown] = useState(field.id)
  if (shown !== field.id) {
    setShown(field.id)
    setText(field.id)
  }
  const fields = useDesigner((state) => state.app?.form.fields ?? [])
  const taken = useMemo(() => fieldIds(fields), [fields])
  const problem = !identifier.test(text)
    ? t.idInvalid
    : text !== field.id && taken.has(text)
      ? t.idTaken
      : null
  const commit = () => {
    if (problem || text === field.id) return setText(field.id)
    designerStore.getState().setProperty(field.id, 'id', text)
  }
  return (
    <>
      <Input
        value={text}
        status={problem ? 'error' : ''}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onPressEnter={commit}
        className="mono"
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </>
  )
}

function titleOf(model: PropertyModel, t: Record<MessageKey, string>, locale: 'zh-CN' | 'en'): string {
  const key = baseTitles[model.key]
  return key ? t[key] : model.title[locale]
}

export function PropertyPanel() {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const selectedId = useDesigner((state) => state.selectedId)
  const field = useDesigner((state) =>
    state.selectedId && state.app ? findField(state.app.form.fields, state.selectedId)?.field : undefined,
  )
  const form = useDesigner((state) => state.app?.form)
  const spec = field && specOf(field.type)
  if (!field || !spec || !selectedId || !form)
    return <Empty className="panel-empty" description={t.noSelection} />
  const values = field as unknown as Record<string, unknown>
  return (
    <div className="property-panel" data-field-id={field.id}>
      <Typography.Title level={5} className="panel-title">
        <span className="field-icon">{spec.icon}</span> {pickText(spec.label, locale)}
      </Typography.Title>
      <Form layout="vertical" size="small" component="div">
        {propertyModel(field.type as FieldType).map((model) => {
          const editor = refineEditor(model, values)
          return (
            // Keyed by the property only: selecting another field (adding one selects it) keeps the inputs
            // mounted, as remounting them made antd work out its styles again (bench workload 6).
            <Form.Item
              key={model.key}
              label={titleOf(model, t, locale)}
              tooltip={model.description}
              required={model.required}
              className={`prop-${model.key}`}
            >
              {model.key === 'id' ? (
                <IdInput field={field} />
              ) : (
                <PropertyEditor
                  // Editors that keep what is being typed start afresh for the next field.
                  key={keepsDraft.has(editor.kind) ? field.id : undefined}
                  editor={editor}
                  value={values[model.key]}
                  required={model.required}
                  onChange={(value) => designerStore.getState().setProperty(field.id, model.key, value)}
                  context={{ field, form, locale }}
                />
              )}
            </Form.Item>
          )
        })}
      </Form>
    </div>
  )
}
