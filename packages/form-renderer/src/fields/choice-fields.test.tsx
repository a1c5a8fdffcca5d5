// @vitest-environment jsdom
import '../testing/dom-setup.ts'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderForm } from '../testing/form-harness.tsx'
import { formWith } from '../testing/pick.ts'

describe('choice fields', () => {
  it('a select submits the chosen option value', async () => {
    const user = userEvent.setup({ delay: null })
    const { values } = renderForm(formWith('kind'))
    await user.click(screen.getByLabelText('类型'))
    await user.click(screen.getByTitle('乙'))
    expect(values()).toEqual({ kind: 'b' })
  })

  it('a radio group is labelled and works with the keyboard', async () => {
    const user = userEvent.setup({ delay: null })
    const { values } = renderForm(formWith('level'))
    expect(screen.getByRole('radiogroup', { name: '级别' })).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: '甲' }))
    expect(values()).toEqual({ level: 'a' })
    await user.keyboard('{ArrowRight}')
    expect(values()).toEqual({ level: 'b' })
  })

  it('checkboxes submit a list; unticking the last removes the value', async () => {
    const user = userEvent.setup({ delay: null })
    const { values } = renderForm(formWith('tags'))
    expect(screen.getByRole('group', { name: '标签' })).toBeTruthy()
    await user.click(screen.getByRole('checkbox', { name: '乙' }))
    await user.click(screen.getByRole('checkbox', { name: '甲' }))
    expect(values()).toEqual({ tags: ['a', 'b'] })
    await user.click(screen.getByRole('checkbox', { name: '乙' }))
    await user.click(screen.getByRole('checkbox', { name: '甲' }))
    expect(values()).toEqual({})
  })

  it('a multi-select submits a list of option values', async () => {
    const user = userEvent.setup({ delay: null })
    const { values } = renderForm(formWith('extras'))
    await user.click(screen.getByLabelText('附加'))
    await user.click(screen.getByTitle('甲'))
    await user.click(screen.getByTitle('乙'))
    expect(values()).toEqual({ extras: ['a', 'b'] })
  })

  it('shows option labels in the user language when reading', () => {
    renderForm(formWith('kind', 'tags'), {
      mode: 'read',
      locale: 'en',
      value: { kind: 'b', tags: ['a', 'b'] },
    })
    expect(screen.getByText('Beta')).toBeTruthy()
    expect(screen.getByText('Alpha, Beta')).toBeTruthy()
  })
})
