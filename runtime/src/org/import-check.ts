import { type Issue, type OrgImportRow, validateOrgImportRow } from '@signoff/schemas'
import { parseCsv } from './csv.ts'
import { cellIssues, importColumns } from './import-cell-issues.ts'

/** A problem in the file; `params` carry what a translated message names (a line, a role, a column). */
export interface ImportIssue extends Issue {
  params?: Record<string, string | number>
}

export interface RowReport {
  /** Line in the file (the header is line 1). */
  line: number
  login: string
  issues: ImportIssue[]
}

export interface ImportPlan {
  rows: OrgImportRow[]
  errors: RowReport[]
}

export interface ImportContext {
  roles: ReadonlySet<string>
  logins: ReadonlySet<string>
}

export function roleList(row: OrgImportRow): string[] {
  return (row.roles ?? '').split(';').filter((role) => role !== '')
}

function headerIssues(header: readonly string[]): ImportIssue[] {
  const issues: ImportIssue[] = []
  header.forEach((name, index) => {
    if (!(importColumns as readonly string[]).includes(name)) {
      issues.push({
        code: 'unknown_column',
        message: `unknown column "${name}"`,
        path: `/${index}`,
        params: { column: name },
      })
    } else if (header.indexOf(name) !== index) {
      issues.push({
        code: 'duplicate_column',
        message: `column "${name}" appears twice`,
        path: `/${index}`,
        params: { column: name },
      })
    }
  })
  for (const required of ['login', 'name', 'department']) {
    if (!header.includes(required)) {
      issues.push({
        code: 'missing_column',
        message: `column "${required}" is missing`,
        path: '',
        params: { column: required },
      })
    }
  }
  return issues
}

/**
 * Checks every row of a member import: each against org-import.schema.json, then across rows
 * (a login twice in the file or already in the organization, a role that does not exist, two
 * heads for one department). The import may proceed only when `errors` is empty.
 */
export function checkImport(csv: string, context: ImportContext): ImportPlan {
  const [header, ...body] = parseCsv(csv)
  const names = (header?.cells ?? []).map((cell) => cell.trim())
  const problems = header ? headerIssues(names) : [{ code: 'empty', message: 'the file is empty', path: '' }]
  if (problems.length > 0) return { rows: [], errors: [{ line: 1, login: '', issues: problems }] }
  if (body.length === 0)
    return {
      rows: [],
      errors: [
        { line: 1, login: '', issues: [{ code: 'empty', message: 'no rows after the header', path: '' }] },
      ],
    }

  const rows: OrgImportRow[] = []
  const errors: RowReport[] = []
  const firstLine = new Map<string, number>()
  const heads = new Map<string, string>()
  for (const { line, cells } of body) {
    const record: Record<string, string> = {}
    names.forEach((name, index) => {
      record[name] = (cells[index] ?? '').trim()
    })
    const issues: ImportIssue[] = []
    if (cells.length !== names.length) {
      issues.push({
        code: 'column_count',
        message: `${cells.length} cells for ${names.length} columns`,
        path: '',
        params: { cells: cells.length, columns: names.length },
      })
    }
    const result = validateOrgImportRow(record)
    if (!result.ok) issues.push(...cellIssues(result.issues, record))
    const login = record.login ?? ''
    const seen = firstLine.get(login)
    if (seen !== undefined) {
      issues.push({
        code: 'duplicate_login',
        message: `login ${login} is also on line ${seen}`,
        path: '/login',
        params: { line: seen },
      })
    } else if (login) firstLine.set(login, line)
    if (context.logins.has(login)) {
      issues.push({
        code: 'login_taken',
        message: `login ${login} already exists in the organization`,
        path: '/login',
      })
    }
    const row = record as unknown as OrgImportRow
    for (const role of roleList(row)) {
      if (!context.roles.has(role))
        issues.push({ code: 'unknown_role', message: `no role ${role}`, path: '/roles', params: { role } })
    }
    if (row.head === 'yes' && row.department) {
      const other = heads.get(row.department)
      if (other !== undefined) {
        issues.push({
          code: 'two_heads',
          message: `${row.department} already has head ${other}`,
          path: '/head',
          params: { head: other },
        })
      } else heads.set(row.department, login)
    }
    if (issues.length > 0) errors.push({ line, login, issues })
    else rows.push(row)
  }
  return { rows, errors }
}
