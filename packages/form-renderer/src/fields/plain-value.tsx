import type { ReactNode } from 'react'
import { ui } from '../i18n/ui.ts'
import type { Locale } from '../types.ts'

/** A value shown as text in read and print modes, with a dash when there is none. */
export function PlainValue({
  children,
  locale,
  nowrap,
}: {
  children: ReactNode
  locale: Locale
  nowrap?: boolean
}) {
  const empty = children === undefined || children === null || children === ''
  return (
    <span className={nowrap ? 'sf-value sf-nowrap' : 'sf-value'}>
      {empty ? ui(locale, 'empty') : children}
    </span>
  )
}

export const asText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''
