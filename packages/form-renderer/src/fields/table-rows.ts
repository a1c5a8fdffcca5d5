export type Row = Record<string, unknown>

export const rowsOf = (value: unknown): Row[] =>
  Array.isArray(value)
    ? value.map((row) => (typeof row === 'object' && row !== null ? (row as Row) : {}))
    : []

export function withCell(rows: Row[], index: number, columnId: string, value: unknown): Row[] {
  return rows.map((row, i) => {
    if (i !== index) return row
    const next = { ...row }
    if (value === undefined) delete next[columnId]
    else next[columnId] = value
    return next
  })
}

export function moved(rows: Row[], from: number, to: number): Row[] {
  const list = [...rows]
  const [row] = list.splice(from, 1)
  if (row) list.splice(to, 0, row)
  return list
}
