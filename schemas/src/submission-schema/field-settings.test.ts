import { describe, expect, it } from 'vitest'
import { form, issuesOf, label } from './test-forms.ts'
import { createSubmissionValidator } from './validator.ts'

const f = (value: unknown) => ({ f: value })

describe('other field settings', () => {
  it.each([
    ['landline', '0755-1234567', []],
    ['landline', '13812345678', [['/f', 'submission.phone.format']]],
    ['any', '13812345678', []],
    ['any', '021-62345678-801', []],
    [undefined, '010-12345678', []],
  ])('a %s phone field given %s', (kind, value, issues) => {
    expect(issuesOf(form({ id: 'f', type: 'phone', label: label('电话'), kind }), f(value))).toEqual(issues)
  })

  it('takes no half days without halfDay', () => {
    const range = form({ id: 'f', type: 'dateRange', label: label('期间') })
    expect(issuesOf(range, f({ start: '2024-05-01', startHalf: 'am', end: '2024-05-02' }))).toEqual([
      ['/f/startHalf', 'submission.dateRange.format'],
    ])
  })

  it('takes a list of members when multiple', () => {
    const members = form({ id: 'f', type: 'member', label: label('成员'), multiple: true })
    expect(issuesOf(members, f(['lisi', 'wangwu']))).toEqual([])
    expect(issuesOf(members, f('lisi'))).toEqual([['/f', 'submission.member.type']])
  })

  it('counts money places as written with precision 0 and 4', () => {
    const money = (precision: number) => form({ id: 'f', type: 'money', label: label('金额'), precision })
    expect(issuesOf(money(0), f('100'))).toEqual([])
    expect(issuesOf(money(0), f('100.0'))).toEqual([['/f', 'submission.money.precision']])
    expect(issuesOf(money(4), f('0.0001'))).toEqual([])
    expect(issuesOf(money(4), f('1.23450'))).toEqual([['/f', 'submission.money.precision']])
  })

  it.each([
    ['absent', {}],
    ['an empty string', f('')],
    ['only spaces', f('   ')],
  ])('reports a required text field that is %s', (_, values) => {
    const required = form({ id: 'f', type: 'text', label: label('事由'), required: true })
    expect(issuesOf(required, values)).toEqual([['/f', 'submission.required']])
  })

  it('reports a required attachment given no files', () => {
    const required = form({ id: 'f', type: 'attachment', label: label('附件'), required: true })
    expect(issuesOf(required, f([]))).toEqual([['/f', 'submission.required']])
  })

  it.each([
    ['null', null],
    ['a list', []],
    ['a string', 'x'],
  ])('rejects a submission that is %s', (_, values) => {
    expect(issuesOf(form({ id: 'f', type: 'text', label: label('文本') }), values)).toEqual([
      ['', 'submission.type'],
    ])
  })

  it('returns the values as stored: formulas dropped, account spaces and a lower-case x normalised', () => {
    const definitionForm = form(
      { id: 'account', type: 'bankAccount', label: label('账号') },
      { id: 'idNo', type: 'idNumber', label: label('身份证号') },
      { id: 'total', type: 'formula', label: label('合计'), expression: '1', resultType: 'number' },
      {
        id: 'rows',
        type: 'table',
        label: label('明细'),
        columns: [
          { id: 'cardNo', type: 'bankAccount', label: label('卡号') },
          { id: 'sub', type: 'formula', label: label('小计'), expression: '1', resultType: 'number' },
        ],
      },
    )
    const result = createSubmissionValidator(definitionForm)({
      account: '6222 0210 0112 3456 789',
      idNo: '11010519491231002x',
      total: '999',
      rows: [{ cardNo: '1234 5678 9012', sub: '1' }],
    })
    expect(result).toEqual({
      ok: true,
      value: {
        account: '6222021001123456789',
        idNo: '11010519491231002X',
        rows: [{ cardNo: '123456789012' }],
      },
    })
  })
})
