import type { Finding } from '@signoff/analysis'
import type { Field } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { placeFindings } from './findings-by-field.ts'

const fields: Field[] = [
  { id: 'a', type: 'text', label: { 'zh-CN': 'A' } },
  {
    id: 'g',
    type: 'group',
    label: { 'zh-CN': 'G' },
    children: [{ id: 'b', type: 'text', label: { 'zh-CN': 'B' } }],
  },
  {
    id: 't',
    type: 'table',
    label: { 'zh-CN': 'T' },
    columns: [{ id: 'c', type: 'number', label: { 'zh-CN': 'C' } }],
  },
]

const at = (path: string): Finding => ({ code: 'x', severity: 'error', path, message: path, messageZh: path })

describe('placeFindings', () => {
  it.each([
    { path: '/form/fields/0', owner: 'a' },
    { path: '/form/fields/0/label', owner: 'a' },
    { path: '/form/fields/1/children/0/pattern', owner: 'b' },
    { path: '/form/fields/1/collapsible', owner: 'g' },
    { path: '/form/fields/2/columns/0/min', owner: 'c' },
    { path: '/form/fields/2/totals/0', owner: 't' },
  ])('$path belongs to $owner', ({ path, owner }) => {
    const { byField, elsewhere } = placeFindings(fields, [at(path)])
    expect(byField.get(owner)?.map((item) => item.path)).toEqual([path])
    expect(elsewhere).toEqual([])
  })

  it.each(['/flow/nodes/0', '/settings/starters', '/form/fields/10', '/form/fields/1x'])(
    '%s stays elsewhere',
    (path) => {
      const { byField, elsewhere } = placeFindings(fields, [at(path)])
      expect(byField.size).toBe(0)
      expect(elsewhere).toHaveLength(1)
    },
  )
})
