import type { AppDefinition } from '@signoff/schemas'
import { Drawer, Typography } from 'antd'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import type { PlacedFindings } from '../lint/findings-by-field.ts'
import { designerStore, useDesigner } from '../store/use-designer.ts'
import { FieldList } from './canvas.tsx'
import { FindingsPanel } from './findings-panel.tsx'
import { FormDnd } from './form-dnd.tsx'
import { Palette } from './palette.tsx'
import { PropertyPanel } from './property-panel.tsx'
import { useNarrow } from './use-narrow.ts'

/** The form designer: palette, the form as it will look, and the selected field's properties. */
export function FormTab({ app, placed }: { app: AppDefinition; placed: PlacedFindings }) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const selectedId = useDesigner((state) => state.selectedId)
  const narrow = useNarrow()
  return (
    <FormDnd>
      <div className="designer-grid">
        <aside className="pane pane-palette">
          <Typography.Text strong className="pane-title">
            {t.palette}
          </Typography.Text>
          <Palette />
        </aside>
        <main
          className="pane pane-canvas"
          onClick={() => designerStore.getState().select(null)}
          onKeyDown={undefined}
        >
          <div className="form-sheet">
            <Typography.Title level={5} className="sheet-title">
              {pickText(app.name, locale)}
            </Typography.Title>
            <FieldList fields={app.form.fields} parentId={null} findings={placed.byField} />
          </div>
          {placed.elsewhere.length > 0 && (
            <div className="other-findings">
              <FindingsPanel findings={placed.elsewhere} fieldOf={() => null} onPick={() => undefined} />
            </div>
          )}
        </main>
        {narrow ? (
          <Drawer
            open={selectedId !== null}
            placement="bottom"
            size="70%"
            title={t.properties}
            mask={{ closable: true }}
            onClose={() => designerStore.getState().select(null)}
          >
            <PropertyPanel />
          </Drawer>
        ) : (
          <aside className="pane pane-properties">
            <Typography.Text strong className="pane-title">
              {t.properties}
            </Typography.Text>
            <PropertyPanel />
          </aside>
        )}
      </div>
    </FormDnd>
  )
}
