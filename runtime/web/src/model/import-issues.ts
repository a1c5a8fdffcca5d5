import type { ImportRowError } from '../api/types.ts'
import { format, type Messages } from '../i18n/dictionary.ts'

type Issue = ImportRowError['issues'][number]
type Column = 'login' | 'name' | 'email' | 'phone' | 'department' | 'roles' | 'head'

const columnNames = {
  login: 'importColumnLogin',
  name: 'importColumnName',
  email: 'importColumnEmail',
  phone: 'importColumnPhone',
  department: 'importColumnDepartment',
  roles: 'importColumnRoles',
  head: 'importColumnHead',
} as const satisfies Record<Column, keyof Messages>

const invalidCell = {
  login: 'importBadLogin',
  name: 'importBadName',
  email: 'importBadEmail',
  phone: 'importBadPhone',
  department: 'importBadDepartment',
  roles: 'importBadRoles',
  head: 'importBadHead',
} as const satisfies Record<Column, keyof Messages>

const isColumn = (name: string): name is Column => name in columnNames

// Codes the server's import check gives (runtime/src/org/import-check.ts); anything else shows its
// own (English) message rather than nothing.
const byCode: Record<string, (issue: Issue, row: ImportRowError, t: Messages, column: string) => string> = {
  'import.empty': (_, __, t, column) =>
    format(t.importEmptyCell, { column: isColumn(column) ? t[columnNames[column]] : column }),
  'import.invalid': (issue, _, t, column) => (isColumn(column) ? t[invalidCell[column]] : issue.message),
  duplicate_login: (issue, _, t) => format(t.importDuplicateLogin, { line: issue.params?.line ?? '?' }),
  login_taken: (_, row, t) => format(t.importLoginTaken, { login: row.login }),
  unknown_role: (issue, _, t) => format(t.importUnknownRole, { role: issue.params?.role ?? '?' }),
  two_heads: (issue, _, t) => format(t.importTwoHeads, { head: issue.params?.head ?? '?' }),
  column_count: (issue, _, t) =>
    format(t.importColumnCount, { cells: issue.params?.cells ?? '?', columns: issue.params?.columns ?? '?' }),
  unknown_column: (issue, _, t) => format(t.importUnknownColumn, { column: issue.params?.column ?? '?' }),
  duplicate_column: (issue, _, t) => format(t.importDuplicateColumn, { column: issue.params?.column ?? '?' }),
  missing_column: (issue, _, t) => format(t.importMissingColumn, { column: issue.params?.column ?? '?' }),
  empty: (_, __, t) => t.importNoRows,
}

/** One problem of a refused import row, in the reader's language. */
export function importIssueText(issue: Issue, row: ImportRowError, t: Messages): string {
  const column = issue.path.split('/')[1] ?? ''
  return byCode[issue.code]?.(issue, row, t, column) ?? issue.message
}
