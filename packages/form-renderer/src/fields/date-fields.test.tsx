// @vitest-environment jsdom
import '../testing/dom-setup.ts'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderForm } from '../testing/form-harness.tsx'
import { formWith } from '../testing/pick.ts'

describe('date fields', () => {
  it('a date is typed or picked as YYYY-MM-DD', async () => {
    const user = userEvent.setup({ delay: null })
    const { values } = renderForm(formWith('due'))
    await user.click(screen.getByLabelText('截止日期'))
    await user.type(screen.getByLabelText('截止日期'), '2026-11-20{Enter}')
    expect(values()).toEqual({ due: '2026-11-20' })
  })

  it('a date and time carries its UTC offset', async () => {
    const user = userEvent.setup({ delay: null })
    const { values } = renderForm(formWith('at'))
    await user.click(screen.getByLabelText('时间'))
    await user.type(screen.getByLabelText('时间'), '2026-11-20 09:30{Enter}')
    expect(values().at).toMatch(/^2026-11-20T09:30:00[+-]\d\d:\d\d$/)
  })

  it('a date range with half days starts in the morning and ends in the afternoon unless changed', async () => {
    const user = userEvent.setup({ delay: null })
    const { values } = renderForm(formWith('period'))
    await user.click(screen.getByLabelText('期间'))
    await user.type(screen.getByLabelText('期间'), '2026-11-23{Enter}')
    await user.click(screen.getByLabelText('结束日期'))
    await user.type(screen.getByLabelText('结束日期'), '2026-11-25{Enter}')
    expect(values()).toEqual({
      period: { start: '2026-11-23', end: '2026-11-25', startHalf: 'am', endHalf: 'pm' },
    })
    await user.click(screen.getByLabelText('结束时段'))
    await user.click(within(document.body).getAllByTitle('上午').at(-1) as HTMLElement)
    expect(values().period).toMatchObject({ endHalf: 'am' })
  })

  it('says when a range ends before it starts', async () => {
    renderForm(formWith('period'), {
      showErrors: true,
      value: { period: { start: '2026-11-25', end: '2026-11-23', startHalf: 'am', endHalf: 'pm' } },
    })
    expect(screen.getByText('结束日期不能早于开始日期')).toBeTruthy()
  })

  it('reads a range with its halves in the user language', () => {
    renderForm(formWith('period'), {
      mode: 'read',
      locale: 'en',
      value: { period: { start: '2026-11-23', end: '2026-11-25', startHalf: 'pm', endHalf: 'am' } },
    })
    expect(screen.getByText('2026-11-23 Afternoon ~ 2026-11-25 Morning')).toBeTruthy()
  })
})
