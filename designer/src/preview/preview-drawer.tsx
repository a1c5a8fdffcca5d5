import { FormRenderer, type FormValues, initialValues, validateSubmission } from '@signoff/form-renderer'
import type { AppDefinition } from '@signoff/schemas'
import { Alert, Button, Drawer, Segmented, Space, Spin, Tag } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { useNarrow } from '../ui/use-narrow.ts'
import { type PreviewWorld, usePreviewWorld } from './preview-context.ts'
import './preview.css'

type Width = 'desktop' | 'phone'
type Mode = 'edit' | 'print'

/**
 * The form being designed as employees will get it, drawn by the same renderer the workspace uses,
 * at desktop or phone width: the owner tries rules, formulas and validation before publishing.
 */
export function PreviewDrawer({
  app,
  open,
  onClose,
}: {
  app: AppDefinition
  open: boolean
  onClose: () => void
}) {
  const t = useMessages()
  const narrow = useNarrow()
  const [width, setWidth] = useState<Width>('desktop')
  const [mode, setMode] = useState<Mode>('edit')
  const { world, failed } = usePreviewWorld(open)

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t.preview}
      size={narrow ? 'large' : 880}
      className="preview-drawer"
      extra={
        <Space wrap>
          <Segmented<Width>
            value={width}
            onChange={setWidth}
            options={[
              { value: 'desktop', label: t.previewDesktop },
              { value: 'phone', label: t.previewPhone },
            ]}
          />
          <Segmented<Mode>
            value={mode}
            onChange={setMode}
            options={[
              { value: 'edit', label: t.previewFill },
              { value: 'print', label: t.previewPrint },
            ]}
          />
        </Space>
      }
    >
      {failed && <Alert type="error" showIcon title={failed} />}
      {world ? <PreviewBody app={app} world={world} width={width} mode={mode} /> : !failed && <Spin />}
    </Drawer>
  )
}

function PreviewBody({
  app,
  world,
  width,
  mode,
}: {
  app: AppDefinition
  world: PreviewWorld
  width: Width
  mode: Mode
}) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const [values, setValues] = useState<FormValues>(() => initialValues(app.form, world.context))
  const [checked, setChecked] = useState(false)
  // Fields the owner adds while the preview is open get their defaults without losing what was typed.
  useEffect(() => {
    setValues((before) => ({ ...initialValues(app.form, world.context), ...before }))
  }, [app.form, world.context])
  const outcome = useMemo(
    () => (checked ? validateSubmission(app.form, values, { context: world.context, locale }) : null),
    [checked, app.form, values, world.context, locale],
  )
  const errorCount = outcome ? Object.keys(outcome.errors).length : 0
  return (
    <>
      <Space className="preview-bar" wrap>
        <Button size="small" onClick={() => setChecked(true)}>
          {t.previewCheck}
        </Button>
        <Button
          size="small"
          onClick={() => {
            setValues(initialValues(app.form, world.context))
            setChecked(false)
          }}
        >
          {t.previewReset}
        </Button>
        {outcome &&
          (outcome.ok ? (
            <Tag color="success">{t.previewValid}</Tag>
          ) : (
            <Tag color="error">{t.previewInvalid.replace('{count}', String(errorCount))}</Tag>
          ))}
      </Space>
      <div className={`preview-frame preview-${width}`} data-testid="preview-frame">
        <FormRenderer
          form={app.form}
          value={values}
          onChange={setValues}
          mode={mode}
          locale={locale}
          context={world.context}
          services={world.services}
          showErrors={checked}
        />
      </div>
    </>
  )
}
