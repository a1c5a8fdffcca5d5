import { Empty, Typography } from 'antd'
import { useMessages } from '../../i18n/locale-store.ts'
import { barWidths } from '../../model/bars.ts'

export interface BarRow {
  key: string
  label: string
  /** Shown under the label (e.g. how long the oldest task waits). */
  detail?: string
  value: number
  /** A second bar under the first (finished beside started). */
  second?: number
  /** The value as read (e.g. a duration); the number by default. */
  text?: string
}

/** Horizontal bars scaled to the largest value, with an optional legend for a second series. */
export function Bars({ rows, legend }: { rows: BarRow[]; legend?: [string, string] }) {
  const t = useMessages()
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.dashboardNone} />
  const widths = barWidths(rows.flatMap((row) => [row.value, row.second ?? 0]))
  return (
    <div className="bars">
      {legend && (
        <div className="bar-legend">
          <span>
            <i className="bar-swatch" /> {legend[0]}
          </span>
          <span>
            <i className="bar-swatch bar-second" /> {legend[1]}
          </span>
        </div>
      )}
      {rows.map((row, index) => (
        <div key={row.key} className="bar-row">
          <span className="bar-label" title={row.label}>
            {row.label}
            {row.detail && (
              <Typography.Text type="secondary" className="bar-detail">
                {row.detail}
              </Typography.Text>
            )}
          </span>
          <span className="bar-track">
            <span className="bar" style={{ width: `${widths[index * 2]}%` }} />
            {row.second !== undefined && (
              <span className="bar bar-second" style={{ width: `${widths[index * 2 + 1]}%` }} />
            )}
          </span>
          <span className="bar-value">
            {row.text ?? row.value}
            {row.second !== undefined ? ` / ${row.second}` : ''}
          </span>
        </div>
      ))}
    </div>
  )
}
