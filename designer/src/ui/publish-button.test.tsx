// @vitest-environment jsdom
import type { Finding } from '@signoff/analysis'
import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import '@signoff/form-renderer/testing/dom-setup'
import { useLocaleStore } from '../i18n/locale-store.ts'
import { PublishButton } from './publish-button.tsx'

const error = (n: number): Finding => ({
  code: 'condition.noDefault',
  severity: 'error',
  path: `/flow/nodes/${n}/branches`,
  message: `Condition ${n} has no default branch`,
  messageZh: `条件 ${n} 缺少默认分支`,
})

describe('PublishButton', () => {
  beforeEach(() => useLocaleStore.setState({ locale: 'en' }))

  it('publishes when lint finds no errors', () => {
    let clicked = 0
    render(<PublishButton errors={[]} onClick={() => clicked++} />)
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }))
    expect(clicked).toBe(1)
  })

  it('is disabled while there are errors and lists them, five at most, when focused', async () => {
    let clicked = 0
    const errors = [1, 2, 3, 4, 5, 6, 7].map(error)
    const { container } = render(<PublishButton errors={errors} onClick={() => clicked++} />)
    const button = screen.getByRole('button', { name: 'Publish' })
    expect((button as HTMLButtonElement).disabled).toBe(true)
    fireEvent.click(button)
    expect(clicked).toBe(0)
    fireEvent.focus(container.querySelector('.publish-button') as HTMLElement)
    expect(await screen.findByText('Condition 1 has no default branch')).toBeTruthy()
    expect(screen.getByText('Condition 5 has no default branch')).toBeTruthy()
    expect(screen.queryByText('Condition 6 has no default branch')).toBeNull()
    expect(screen.getByText('2 more errors: see Findings')).toBeTruthy()
  })
})
