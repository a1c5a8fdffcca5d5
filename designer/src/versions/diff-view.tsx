import {
  type AppDiff,
  appPropertyLabel,
  displayValue,
  fieldPropertyLabel,
  nodePropertyLabel,
} from '@signoff/analysis'
import { nodeTypes } from '@signoff/node-types'
import { Alert, Empty, List, Space, Tag, Typography } from 'antd'
import { specOf } from '../form/field-catalog.ts'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { type DiffChange, type DiffRow, type DiffSubject, diffRows } from './diff-rows.ts'

const changeColor = { added: 'green', removed: 'red', changed: 'orange', moved: 'blue' } satisfies Record<
  DiffChange,
  string
>

/** A field's type or a node's kind as the palette and the "+" menu name it. */
function kindLabel(row: DiffRow, locale: 'zh-CN' | 'en'): string | undefined {
  if (!row.kind) return undefined
  const label =
    row.subject === 'field'
      ? specOf(row.kind)?.label
      : row.subject === 'node'
        ? nodeTypes[row.kind as keyof typeof nodeTypes]?.label
        : undefined
  return label ? pickText(label, locale) : row.kind
}

/** A changed property as the panels name it (the words the summary uses too), else its key. */
function propertyLabel(row: DiffRow, property: string, locale: 'zh-CN' | 'en'): string {
  if (row.subject === 'field') return fieldPropertyLabel(row.kind ?? '', property)[locale]
  if (row.subject === 'node') return nodePropertyLabel(property)[locale]
  if (row.subject === 'app') return appPropertyLabel(property)[locale]
  return property
}

const shown = (value: unknown, locale: 'zh-CN' | 'en') =>
  displayValue(value, locale, { max: 160, quote: false })

/** Two versions side by side as a list: every field, node, edge and setting that differs, coloured by how. */
export function DiffView({ diff, onPick }: { diff: AppDiff; onPick?: (path: string) => void }) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const rows = diffRows(diff)
  const changeText = {
    added: t.diffAdded,
    removed: t.diffRemoved,
    changed: t.diffChanged,
    moved: t.diffMoved,
  } satisfies Record<DiffChange, string>
  const subjectText = {
    app: t.diffApp,
    field: t.diffField,
    node: t.diffNode,
    edge: t.diffEdge,
    setting: t.diffSetting,
  } satisfies Record<DiffSubject, string>
  if (rows.length === 0) return <Empty description={t.diffNoChanges} />
  const summary = locale === 'en' ? diff.summary.en : diff.summary.zh
  return (
    <div className="diff-view">
      {diff.layoutOnly && <Alert type="info" showIcon title={t.diffLayoutOnly} />}
      <Typography.Text strong>{t.diffSummary}</Typography.Text>
      <ul className="diff-summary">
        {summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <List
        size="small"
        dataSource={rows}
        renderItem={(row) => (
          <List.Item
            key={row.key}
            className={`diff-row diff-${row.change}`}
            onClick={
              row.path && onPick && row.change !== 'removed' ? () => onPick(row.path ?? '') : undefined
            }
          >
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={4}>
                <Tag color={changeColor[row.change]}>{changeText[row.change]}</Tag>
                <Tag>{subjectText[row.subject]}</Tag>
                <Typography.Text strong delete={row.change === 'removed'}>
                  {typeof row.title === 'string' ? row.title : pickText(row.title, locale)}
                </Typography.Text>
                {row.kind && <Typography.Text type="secondary">{kindLabel(row, locale)}</Typography.Text>}
              </Space>
              {row.properties.map((property) => (
                <div key={property.property} className="diff-property">
                  <Typography.Text code title={property.property}>
                    {propertyLabel(row, property.property, locale)}
                  </Typography.Text>
                  <span className="diff-before" title={t.diffBefore}>
                    {shown(property.before, locale)}
                  </span>
                  <span aria-hidden>→</span>
                  <span className="diff-after" title={t.diffAfter}>
                    {shown(property.after, locale)}
                  </span>
                </div>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </div>
  )
}
