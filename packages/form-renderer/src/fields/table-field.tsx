import { columnTotals } from '@signoff/expression'
import type { Field, TableField } from '@signoff/schemas'
import { Button } from 'antd'
import { localText } from '../i18n/text.ts'
import { ui } from '../i18n/ui.ts'
import { useLive, useSetup } from '../render-context.ts'
import type { Locale } from '../types.ts'
import type { FieldProps, FieldRenderer } from './field-props.ts'
import { usePermission } from './permission.ts'
import { useRowKeys } from './row-keys.ts'
import { moved, rowsOf, withCell } from './table-rows.ts'

/** A row holding its columns' initial values. */
export function newRowOf(
  columns: readonly Field[],
  initialOf: (field: Field) => unknown,
): Record<string, unknown> {
  const row: Record<string, unknown> = {}
  for (const column of columns) {
    const value = initialOf(column)
    if (value !== undefined) row[column.id] = value
  }
  return row
}

function useVisibleColumns(table: TableField): Field[] {
  const { states } = useLive()
  return table.columns.filter((column) => states.get(column.id)?.visible !== false)
}

function Totals({
  table,
  rows,
  path,
  locale,
}: {
  table: TableField
  rows: unknown
  path: string
  locale: Locale
}) {
  const { form } = useSetup()
  const { renderSlot } = useLive()
  const totals = Object.entries(columnTotals(form, table.id, rows))
  if (totals.length === 0) return null
  return (
    <div className="sf-totals" aria-live="polite">
      {totals.map(([columnId, total]) => {
        const column = table.columns.find((c) => c.id === columnId)
        return (
          <span key={columnId} className="sf-total">
            {ui(locale, 'totalOf', { label: column ? localText(column.label, locale) : columnId })}
            <strong>
              {column
                ? renderSlot({
                    field: column,
                    value: total,
                    onChange: () => {},
                    path: `${path}/totals/${columnId}`,
                    permission: 'read',
                    cell: true,
                    bare: true,
                  })
                : total}
            </strong>
          </span>
        )
      })}
    </div>
  )
}

function TableEdit({ field, value, onChange, id, path, locale }: FieldProps<TableField>) {
  const { raw, renderSlot } = useLive()
  const { newRow } = useSetup()
  const permission = usePermission()
  const rows = rowsOf(raw[field.id])
  const shown = rowsOf(value)
  const columns = useVisibleColumns(field)
  const keys = useRowKeys(rows.length)
  const max = field.maxRows ?? 200
  const min = field.minRows ?? 0
  const rowName = (index: number) => ui(locale, 'row', { n: index + 1 })
  return (
    <fieldset className="sf-table sf-fieldset" id={id} aria-labelledby={`${id}-label`}>
      {rows.length === 0 && <div className="sf-table-empty">{ui(locale, 'noRows')}</div>}
      {rows.map((row, index) => (
        <fieldset key={keys.keys[index]} className="sf-row">
          <legend className="sf-row-head">
            <span>{rowName(index)}</span>
          </legend>
          <div className="sf-row-actions">
            <Button
              size="small"
              type="text"
              disabled={index === 0}
              aria-label={`${ui(locale, 'moveUp')} ${rowName(index)}`}
              onClick={() => {
                keys.move(index, index - 1)
                onChange(moved(rows, index, index - 1))
              }}
            >
              ↑
            </Button>
            <Button
              size="small"
              type="text"
              disabled={index === rows.length - 1}
              aria-label={`${ui(locale, 'moveDown')} ${rowName(index)}`}
              onClick={() => {
                keys.move(index, index + 1)
                onChange(moved(rows, index, index + 1))
              }}
            >
              ↓
            </Button>
            <Button
              size="small"
              type="text"
              danger
              disabled={rows.length <= min}
              aria-label={`${ui(locale, 'removeRow')} ${rowName(index)}`}
              onClick={() => {
                keys.remove(index)
                onChange(rows.filter((_, i) => i !== index))
              }}
            >
              {ui(locale, 'remove')}
            </Button>
          </div>
          <div className="sf-row-cells">
            {columns.map((column) =>
              renderSlot({
                field: column,
                value: shown[index]?.[column.id] ?? row[column.id],
                onChange: (cell) => onChange(withCell(rowsOf(raw[field.id]), index, column.id, cell)),
                path: `${path}/${index}/${column.id}`,
                permission,
                cell: true,
              }),
            )}
          </div>
        </fieldset>
      ))}
      <div className="sf-table-foot">
        <Button
          disabled={rows.length >= max}
          onClick={() => {
            keys.add()
            onChange([...rows, newRow(field.columns)])
          }}
        >
          + {ui(locale, 'addRow')}
        </Button>
        <Totals table={field} rows={shown} path={path} locale={locale} />
      </div>
    </fieldset>
  )
}

function TableRead({ field, value, path, locale }: FieldProps<TableField>) {
  const { renderSlot } = useLive()
  const rows = rowsOf(value)
  const columns = useVisibleColumns(field)
  return (
    <div className="sf-table-read">
      <div className="sf-table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              {columns.map((column) => (
                <th key={column.id} scope="col">
                  {localText(column.label, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1}>{ui(locale, 'noRows')}</td>
              </tr>
            )}
            {rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: read-only rows have no identity but their place.
              <tr key={index}>
                <td>{index + 1}</td>
                {columns.map((column) => (
                  <td key={column.id}>
                    {renderSlot({
                      field: column,
                      value: row[column.id],
                      onChange: () => {},
                      path: `${path}/${index}/${column.id}`,
                      permission: 'read',
                      cell: true,
                      bare: true,
                    })}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Totals table={field} rows={rows} path={path} locale={locale} />
    </div>
  )
}

export const tableRenderer: FieldRenderer<TableField> = {
  Edit: TableEdit,
  Read: TableRead,
  wide: true,
  initial: (field, _, initialOf) => {
    const count = Math.max(field.minRows ?? 0, field.required ? 1 : 0)
    return Array.from({ length: count }, () => newRowOf(field.columns, initialOf))
  },
}
