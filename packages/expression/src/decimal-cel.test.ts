import { describe, expect, it } from 'vitest'
import { compile } from './compile.ts'
import { celContext } from './context.ts'
import { formEnvironment } from './environment.ts'
import { context, testForm } from './test-form.ts'

function run(source: string, values: Record<string, unknown> = {}): unknown {
  const { env, model } = formEnvironment(testForm)
  return compile(env, source).run(celContext(model, context(values)))
}

describe('decimals inside CEL', () => {
  it.each([
    ['0.1 + 0.2 == 0.3', true],
    ['0.1 + 0.2 == decimal("0.3")', true],
    ['decimal("1.10") == decimal("1.1")', true],
    ['1.5 * 2 == 3', true],
    ['10 - 0.01 == 9.99', true],
    ['decimal("1") / 3 == decimal("0.333333333333")', true],
    ['-decimal("2.5") < 0', true],
    ['round(decimal("2.345"), 2) == 2.35', true],
    ['sum([0.1, 0.2, 0.3]) == 0.6', true],
    ['sum([]) == 0', true],
    ['abs(-1.25) == 1.25', true],
    ['string(decimal("12.50")) == "12.5"', true],
  ])('%s', (source, expected) => {
    expect(run(source)).toBe(expected)
  })

  it.each([
    ['5000', false, false, true, true],
    ['5000.00', false, false, true, true],
    ['5000.01', true, true, false, false],
    ['4999.99', false, false, true, false],
  ])('amount %s against 5000 and 5000.01', (amount, gt5000, gte500001, lte5000, eq5000) => {
    const values = { amount }
    expect(run('form.amount > 5000', values)).toBe(gt5000)
    expect(run('form.amount >= 5000.01', values)).toBe(gte500001)
    expect(run('form.amount <= 5000.00', values)).toBe(lte5000)
    expect(run('form.amount == 5000', values)).toBe(eq5000)
    expect(run('5000 == form.amount', values)).toBe(eq5000)
  })

  it('reads a JSON number field by its shortest text', () => {
    expect(run('form.count == 3 && form.count * 0.1 == 0.3', { count: 3 })).toBe(true)
  })

  it('fails on division by zero with an eval error', () => {
    expect(() => run('decimal("1") / 0')).toThrow(expect.objectContaining({ code: 'eval' }))
  })
})
