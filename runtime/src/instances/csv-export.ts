import type { InstanceRow } from '../repositories/instances.ts'

const columns = [
  'serialNumber',
  'title',
  'appId',
  'appVersion',
  'status',
  'initiator',
  'createdAt',
  'updatedAt',
] as const

/**
 * A cell quoted when it must be, and text that a spreadsheet would run as a formula (= + - @ at the
 * start) prefixed with an apostrophe, so an exported title cannot execute anything.
 */
function cell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function instancesCsv(rows: readonly InstanceRow[]): string {
  const lines = rows.map((row) =>
    [
      row.serial_number,
      row.title,
      row.app_id,
      row.app_version,
      row.status,
      row.initiator_id,
      row.created_at,
      row.updated_at,
    ]
      .map(cell)
      .join(','),
  )
  return `${[columns.join(','), ...lines].join('\r\n')}\r\n`
}
