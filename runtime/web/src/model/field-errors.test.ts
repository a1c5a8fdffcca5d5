import { describe, expect, it } from 'vitest'
import { fieldErrorsOf, fieldOf } from './field-errors.ts'

describe('field errors from the server', () => {
  it('puts every issue under /values on its field, the first message winning', () => {
    const result = fieldErrorsOf({
      code: 'required',
      message: 'payeeName is required',
      path: '/values/payeeName',
      issues: [
        { path: '/values/payeeName', message: 'payeeName is required' },
        { path: '/values/items/0/amount', message: 'must be > 0' },
        { path: '/values/items/0/amount', message: 'second' },
      ],
    })
    expect(result.fields).toEqual({ '/payeeName': 'payeeName is required', '/items/0/amount': 'must be > 0' })
    expect(result.general).toEqual([])
  })

  it('keeps errors that are not about a field apart', () => {
    expect(
      fieldErrorsOf({ code: 'approvers_required', message: 'choose', path: '/selectedApprovers/x' }),
    ).toEqual({
      fields: {},
      general: ['choose'],
    })
    expect(fieldErrorsOf({ code: 'invalid_values', message: 'bad', path: '/values' }).general).toEqual([
      'bad',
    ])
    expect(fieldErrorsOf({ code: 'x', message: 'no path' }).general).toEqual(['no path'])
    expect(fieldErrorsOf({ code: 'x', message: 'm', path: '/valuesX' }).general).toEqual(['m'])
  })

  it('names the top-level field of a pointer', () => {
    expect(fieldOf('/items/0/amount')).toBe('items')
    expect(fieldOf('/reason')).toBe('reason')
  })
})
