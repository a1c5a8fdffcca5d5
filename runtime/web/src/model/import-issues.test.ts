import { describe, expect, it } from 'vitest'
import type { ImportRowError } from '../api/types.ts'
import { en, zhCN } from '../i18n/dictionary.ts'
import { importIssueText } from './import-issues.ts'

const row = (issue: ImportRowError['issues'][number]): ImportRowError => ({
  line: 3,
  login: 'zhangsan',
  issues: [issue],
})
const text = (issue: ImportRowError['issues'][number], t = zhCN) => importIssueText(issue, row(issue), t)

describe('importIssueText', () => {
  it.each([
    [{ code: 'import.empty', message: 'department is required', path: '/department' }, '部门不能为空'],
    [
      { code: 'import.invalid', message: 'phone must be …', path: '/phone' },
      '手机须为 11 位大陆手机号（可留空）',
    ],
    [
      { code: 'login_taken', message: 'login zhangsan already exists', path: '/login' },
      '账号 zhangsan 已存在',
    ],
    [
      { code: 'duplicate_login', message: 'login x is also on line 2', path: '/login', params: { line: 2 } },
      '账号与第 2 行重复',
    ],
    [{ code: 'unknown_role', message: 'no role r', path: '/roles', params: { role: 'r' } }, '角色 r 不存在'],
    [{ code: 'two_heads', message: '…', path: '/head', params: { head: 'heada' } }, '该部门已有负责人 heada'],
    [
      { code: 'column_count', message: '…', path: '', params: { cells: 3, columns: 7 } },
      '本行有 3 个单元格，表头有 7 列',
    ],
    [{ code: 'missing_column', message: '…', path: '', params: { column: 'name' } }, '缺少列“name”'],
    [{ code: 'empty', message: 'no rows after the header', path: '' }, '文件为空或只有表头'],
  ])('reads %j in Chinese', (issue, expected) => {
    expect(text(issue)).toBe(expected)
  })

  it('reads in English too', () => {
    expect(text({ code: 'import.empty', message: '', path: '/name' }, en)).toBe('Name is required')
  })

  it('falls back to the server’s message for a code it does not know', () => {
    expect(text({ code: 'schema.additionalProperties', message: 'unknown property "x"', path: '/x' })).toBe(
      'unknown property "x"',
    )
  })
})
