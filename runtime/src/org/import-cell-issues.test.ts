import { validateOrgImportRow } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { cellIssues } from './import-cell-issues.ts'

const row = (cells: Record<string, string>) => ({
  login: 'liuyi',
  name: '刘一',
  email: '',
  phone: '',
  department: '市场部',
  roles: '',
  head: '',
  ...cells,
})

function issuesOf(cells: Record<string, string>) {
  const record = row(cells)
  const result = validateOrgImportRow(record)
  return result.ok ? [] : cellIssues(result.issues, record)
}

describe('cellIssues', () => {
  it('accepts a good row', () => {
    expect(issuesOf({})).toEqual([])
  })

  it.each([
    ['login', '', 'import.empty'],
    ['name', '', 'import.empty'],
    ['department', '', 'import.empty'],
    ['login', 'Bad Login', 'import.invalid'],
    ['email', 'not-an-email', 'import.invalid'],
    ['phone', '123', 'import.invalid'],
    ['department', '市场部//品牌组', 'import.invalid'],
    ['roles', 'a;;b', 'import.invalid'],
    ['head', 'maybe', 'import.invalid'],
  ])('%s = %j gives one %s issue at its column', (column, value, code) => {
    expect(issuesOf({ [column]: value })).toEqual([
      { code, message: expect.stringContaining(column), path: `/${column}` },
    ])
  })

  it('says what an invalid cell must hold', () => {
    expect(issuesOf({ phone: '123' })[0]?.message).toBe(
      'phone must be an 11-digit mainland mobile number, or empty',
    )
  })

  it('keeps one issue per cell across several bad cells, in column order of the schema errors', () => {
    const issues = issuesOf({ login: 'X', department: '', head: 'maybe' })
    expect(issues.map((issue) => issue.path).sort()).toEqual(['/department', '/head', '/login'])
  })

  it('passes through an issue about a column it does not know', () => {
    const unknown = {
      code: 'schema.additionalProperties',
      message: 'unknown property "salary"',
      path: '/salary',
    }
    expect(cellIssues([unknown], {})).toEqual([unknown])
  })
})
