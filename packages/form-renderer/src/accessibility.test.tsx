// @vitest-environment jsdom
import './testing/dom-setup.ts'
import { demoDirectory } from '@signoff/templates'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { directoryOf, fakeUploader } from './testing/demo-services.ts'
import { everyField } from './testing/every-field.ts'
import { renderForm } from './testing/form-harness.tsx'

const services = { directory: directoryOf(demoDirectory), upload: fakeUploader() }

/** The name assistive technology announces for a control. */
function nameOf(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby')
  if (labelledBy)
    return labelledBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim()
  const labels = (element as HTMLInputElement).labels
  return (
    element.getAttribute('aria-label') ?? [...(labels ?? [])].map((l) => l.textContent).join(' ')
  ).trim()
}

describe('accessibility basics', () => {
  it('gives every control of every field type a name', () => {
    const { container } = renderForm(everyField, {
      services,
      value: { items: [{ what: '笔', price: '1.00' }] },
    })
    const controls = [...container.querySelectorAll('input, textarea, button, [role="radiogroup"], fieldset')]
    const unnamed = controls
      .filter(
        (control) => !(control instanceof HTMLInputElement && ['radio', 'checkbox'].includes(control.type)),
      )
      .filter((control) => control.tagName !== 'BUTTON' || control.getAttribute('aria-hidden') !== 'true')
      .filter((control) => control.tagName !== 'BUTTON' || !control.closest('.ant-picker, .ant-select'))
      .filter((control) => nameOf(control) === '' && (control.textContent ?? '').trim() === '')
      .map((control) => control.outerHTML.slice(0, 120))
    expect(unnamed).toEqual([])
  })

  it('moves through the fields with Tab in their order', async () => {
    const user = userEvent.setup({ delay: null })
    const form = { fields: everyField.fields.filter((f) => ['title', 'note', 'amount'].includes(f.id)) }
    renderForm(form)
    await user.tab()
    expect(document.activeElement).toBe(screen.getByLabelText('标题'))
    await user.keyboard('差旅')
    await user.tab()
    expect(document.activeElement).toBe(screen.getByLabelText('备注'))
    await user.tab()
    expect(document.activeElement).toBe(screen.getByLabelText('金额'))
  })
})
