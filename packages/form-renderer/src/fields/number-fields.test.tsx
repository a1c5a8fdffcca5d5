// @vitest-environment jsdom
import '../testing/dom-setup.ts'
import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderForm } from '../testing/form-harness.tsx'
import { formWith } from '../testing/pick.ts'

describe('number, money and formula fields', () => {
  it('a number submits a JSON number', () => {
    const { values } = renderForm(formWith('count'))
    fireEvent.change(screen.getByLabelText('数量'), { target: { value: '42' } })
    expect(values()).toEqual({ count: 42 })
  })

  it('money is a decimal string, padded to its places on leaving, never a float', () => {
    const { values } = renderForm(formWith('amount', 'doubled'))
    const input = screen.getByLabelText('金额')
    fireEvent.change(input, { target: { value: '¥12,000.1' } })
    expect(values()).toEqual({ amount: '12000.1' })
    fireEvent.blur(input)
    expect(values()).toEqual({ amount: '12000.10' })
    // 0.1 + 0.2 style amounts stay exact.
    fireEvent.change(input, { target: { value: '0.30' } })
    expect(values().amount).toBe('0.30')
  })

  it('shows the amount in Chinese uppercase under the field and under a money formula', () => {
    renderForm(formWith('amount', 'doubled'))
    fireEvent.change(screen.getByLabelText('金额'), { target: { value: '6000.50' } })
    expect(screen.getByText('大写：陆仟元伍角整')).toBeTruthy()
    // The formula form.amount * 2 is computed live as the server computes it.
    expect(screen.getByText('¥12,001.00')).toBeTruthy()
    expect(screen.getByText('大写：壹万贰仟零壹元整')).toBeTruthy()
  })

  it('refuses more decimal places than the field allows, in the user language', () => {
    renderForm(formWith('amount'), { locale: 'en' })
    fireEvent.change(screen.getByLabelText('Amount'), { target: { value: '1.234' } })
    expect(screen.getByText('At most 2 decimal places')).toBeTruthy()
  })

  it('a formula is read-only: it has no input, only its computed value', () => {
    renderForm(formWith('amount', 'doubled'), { value: { amount: '1.50' } })
    const output = screen.getByLabelText('双倍金额')
    expect(output.tagName).toBe('OUTPUT')
    expect(output.textContent).toContain('¥3.00')
  })
})
