// @vitest-environment jsdom
import './testing/dom-setup.ts'
import type { FormDefinition } from '@signoff/schemas'
import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderForm } from './testing/form-harness.tsx'

const label = (zh: string) => ({ 'zh-CN': zh })

describe('FormRenderer', () => {
  it("still renders a definition being designed that cannot be checked yet (the designer's preview)", () => {
    const form = {
      fields: [
        { id: 'a', type: 'formula', label: label('甲'), expression: 'form.b + 1', resultType: 'number' },
        { id: 'b', type: 'formula', label: label('乙'), expression: 'form.a + 1', resultType: 'number' },
        {
          id: 'rows',
          type: 'table',
          label: label('明细'),
          columns: [{ id: 'inner', type: 'group', label: label('组'), children: [] }],
        },
        { id: 'name', type: 'text', label: label('名称') },
      ],
    } as unknown as FormDefinition
    const { values } = renderForm(form)
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: '草稿' } })
    expect(values()).toEqual({ name: '草稿' })
  })
})
