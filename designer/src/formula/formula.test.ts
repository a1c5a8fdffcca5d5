import { checkExpression } from '@signoff/expression'
import type { Field } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { testForm } from '../condition/test-form.ts'
import { checkFormulaText } from './formula-check.ts'
import { formulaFunctions } from './functions.ts'
import { insertAt } from './insert.ts'
import { formulaReferences } from './references.ts'

const fieldOf = (id: string): Field => {
  const find = (fields: readonly Field[]): Field | undefined =>
    fields
      .flatMap((field) => [field, ...((field as { columns?: Field[] }).columns ?? [])])
      .find((f) => f.id === id)
  const found = find(testForm.fields)
  if (!found) throw new Error(`no field ${id}`)
  return found
}

describe('formula functions', () => {
  it.each(formulaFunctions)('$name: its example type-checks', ({ example }) => {
    expect(checkExpression(example, testForm)).toEqual([])
  })
})

describe('formula references', () => {
  it('offers the other columns of its row, the form fields and column totals inside a table', () => {
    const cels = formulaReferences(testForm, 'subtotal').map((ref) => ref.cel)
    expect(cels).toContain('row.qty')
    expect(cels).toContain('row.price')
    expect(cels).not.toContain('row.subtotal')
    expect(cels).toContain('form.amount')
    expect(cels).toContain('sum(form.items.map(r, r.price))')
  })

  it('offers no row and not the formula itself at the top level', () => {
    const cels = formulaReferences(testForm, 'total').map((ref) => ref.cel)
    expect(cels.some((cel) => cel.startsWith('row.'))).toBe(false)
    expect(cels).not.toContain('form.total')
    expect(cels).toContain('sum(form.items.map(r, r.subtotal))')
  })

  it('every reference type-checks where it is offered', () => {
    for (const ref of formulaReferences(testForm, 'subtotal')) {
      const check = checkFormulaText(
        { ...fieldOf('subtotal'), resultType: 'text' } as Field,
        `string(${ref.cel})`,
        testForm,
      )
      expect(check.issues.filter((issue) => issue.code === 'expression.unknownField')).toEqual([])
    }
  })
})

describe('checkFormulaText', () => {
  it('gives the result type and whether it fits the field', () => {
    const total = fieldOf('total')
    expect(checkFormulaText(total, 'sum(form.items.map(r, r.subtotal))', testForm)).toEqual({
      issues: [],
      type: 'decimal',
      fits: true,
    })
    const text = checkFormulaText(total, 'form.title', testForm)
    expect(text.type).toBe('string')
    expect(text.fits).toBe(false)
    expect(text.issues[0]?.message).toBe(
      'the expression gives text, but a number or a whole number is needed',
    )
  })

  it('checks a column formula with row in scope', () => {
    expect(checkFormulaText(fieldOf('subtotal'), 'row.qty * row.price * 2', testForm).fits).toBe(true)
    const wrong = checkFormulaText(fieldOf('total'), 'row.qty', testForm)
    expect(wrong.fits).toBe(false)
    expect(wrong.issues.length).toBeGreaterThan(0)
  })

  it('reports unknown fields and cycles by the text being typed', () => {
    expect(checkFormulaText(fieldOf('total'), 'form.nope + 1', testForm).issues[0]?.message).toBe(
      'there is no field "nope" in this form',
    )
    const cycle = checkFormulaText(fieldOf('total'), 'form.total + 1', testForm)
    expect(cycle.issues.map((issue) => issue.code)).toContain('formula.cycle')
    expect(checkFormulaText(fieldOf('total'), '  ', testForm)).toMatchObject({ fits: false })
  })
})

describe('insertAt', () => {
  it('replaces the selection and puts the caret after the insertion', () => {
    expect(insertAt('a +  * 2', 4, 4, 'form.x')).toEqual({ text: 'a + form.x * 2', caret: 10 })
    expect(insertAt('a + b', 4, 5, 'c')).toEqual({ text: 'a + c', caret: 5 })
    expect(insertAt('ab', 9, 9, 'c')).toEqual({ text: 'abc', caret: 3 })
  })
})
