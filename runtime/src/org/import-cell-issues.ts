import type { Issue } from '@signoff/schemas'

export const importColumns = ['login', 'name', 'email', 'phone', 'department', 'roles', 'head'] as const
export type ImportColumn = (typeof importColumns)[number]

// What a cell must hold, in the words the person fixing the file needs (the schema's own errors say
// "must match pattern ^[a-z]…", twice for one empty cell). Mirrors org-import.schema.json.
const expected = {
  login: 'a lowercase letter, then 1–63 lowercase letters, digits, _ . or -',
  name: '1–100 characters',
  email: 'an email address, or empty',
  phone: 'an 11-digit mainland mobile number, or empty',
  department: 'a path from the top such as 市场部/品牌组',
  roles: 'role ids separated by ;',
  head: 'yes, no or empty',
} as const satisfies Record<ImportColumn, string>

const mandatory: ReadonlySet<string> = new Set(['login', 'name', 'department'])

const isColumn = (name: string): name is ImportColumn => (importColumns as readonly string[]).includes(name)

/**
 * One issue per cell from a row's schema issues: `import.empty` for a required cell left empty,
 * `import.invalid` (with what the cell must hold) for anything else the schema refused.
 */
export function cellIssues(
  schemaIssues: readonly Issue[],
  record: Readonly<Record<string, string>>,
): Issue[] {
  const cells: Issue[] = []
  const seen = new Set<string>()
  for (const issue of schemaIssues) {
    const column = issue.path.split('/')[1] ?? ''
    if (seen.has(column)) continue
    seen.add(column)
    if (!isColumn(column)) {
      cells.push(issue)
      continue
    }
    const empty = (record[column] ?? '') === ''
    cells.push(
      empty && mandatory.has(column)
        ? { code: 'import.empty', message: `${column} is required`, path: `/${column}` }
        : { code: 'import.invalid', message: `${column} must be ${expected[column]}`, path: `/${column}` },
    )
  }
  return cells
}
