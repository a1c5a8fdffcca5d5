import type { AppDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import type { Rule } from '../context.ts'
import { app, field, line, node, run, type Summary } from '../test-fixtures.ts'
import { conditionFields } from './condition-fields.ts'
import { duplicateFieldIds } from './duplicate-field-ids.ts'
import { duplicateOptionValues } from './duplicate-option-values.ts'
import { fieldPermissions } from './field-permissions.ts'
import { tableColumns } from './table-columns.ts'

const options = (...values: string[]) => ({
  options: values.map((value) => ({ value, label: { 'zh-CN': value } })),
})
const table = (id: string, columns: ReturnType<typeof field>[]) => field('table', id, { columns })
const group = (id: string, children: ReturnType<typeof field>[]) => field('group', id, { children })

const cases: [string, Rule, AppDefinition, Summary[]][] = [
  [
    'distinct field ids pass',
    duplicateFieldIds,
    app({ fields: [field('text', 'a'), field('text', 'b')] }),
    [],
  ],
  [
    'a field id repeated inside a group',
    duplicateFieldIds,
    app({ fields: [field('text', 'a'), group('g', [field('number', 'a')])] }),
    [['error', 'form.duplicateFieldId', '/form/fields/1/children/0/id']],
  ],
  [
    'a table column reusing a top-level id',
    duplicateFieldIds,
    app({ fields: [field('money', 'amount'), table('items', [field('money', 'amount')])] }),
    [['error', 'form.duplicateFieldId', '/form/fields/1/columns/0/id']],
  ],
  [
    'distinct option values pass',
    duplicateOptionValues,
    app({ fields: [field('select', 's', options('a', 'b'))] }),
    [],
  ],
  [
    'two options with one value',
    duplicateOptionValues,
    app({ fields: [field('text', 't'), field('radio', 's', options('a', 'b', 'a'))] }),
    [['error', 'form.duplicateOptionValue', '/form/fields/1/options/2/value']],
  ],
  ['plain table columns pass', tableColumns, app({ fields: [table('items', [field('text', 'name')])] }), []],
  [
    'a group inside a table',
    tableColumns,
    app({ fields: [table('items', [field('text', 'name'), group('g', [field('text', 'x')])])] }),
    [['error', 'form.containerInTable', '/form/fields/0/columns/1']],
  ],
  [
    'conditions on valued top-level fields pass',
    conditionFields,
    app({
      fields: [
        field('number', 'days'),
        group('g', [field('text', 'why', { visibleWhen: { field: 'days', op: 'gt', value: 3 } })]),
      ],
    }),
    [],
  ],
  [
    'a condition on a missing field',
    conditionFields,
    app({ fields: [field('text', 'a', { visibleWhen: { all: [{ field: 'ghost', op: 'notEmpty' }] } })] }),
    [['error', 'condition.unknownField', '/form/fields/0/visibleWhen/all/0/field']],
  ],
  [
    'a condition on static text',
    conditionFields,
    app({
      fields: [
        field('description', 'note', { content: { 'zh-CN': '说明' } }),
        field('text', 'b', { requiredWhen: { not: { field: 'note', op: 'empty' } } }),
      ],
    }),
    [['error', 'condition.fieldNotValued', '/form/fields/1/requiredWhen/not/field']],
  ],
  [
    'a branch condition on a table column',
    conditionFields,
    line(
      [
        node('condition', 'c', {
          branches: [
            { id: 'big', name: { 'zh-CN': '大' }, condition: { field: 'price', op: 'gt', value: '1' } },
            { id: 'other', name: { 'zh-CN': '其他' }, default: true },
          ],
        }),
      ],
      [table('items', [field('money', 'price')])],
    ),
    [['error', 'condition.fieldInTable', '/flow/nodes/1/branches/0/condition/field']],
  ],
  [
    'permissions on existing fields pass',
    fieldPermissions,
    line(
      [node('approval', 'a1', { fieldPermissions: { amount: 'edit', note: 'hidden' } })],
      [field('money', 'amount', { required: true }), field('text', 'note')],
    ),
    [],
  ],
  [
    'a permission on a missing field',
    fieldPermissions,
    line([node('cc', 'c1', { fieldPermissions: { salary: 'hidden' } })]),
    [['error', 'permission.unknownField', '/flow/nodes/1/fieldPermissions/salary']],
  ],
  [
    'a required field hidden from the initiator',
    fieldPermissions,
    app({
      fields: [field('money', 'amount', { required: true })],
      nodes: [node('start', 'start', { fieldPermissions: { amount: 'hidden' } }), node('end', 'end')],
    }),
    [['error', 'permission.requiredHiddenAtStart', '/flow/nodes/0/fieldPermissions/amount']],
  ],
  [
    'a required field hidden at a later node passes',
    fieldPermissions,
    line(
      [node('approval', 'a1', { fieldPermissions: { amount: 'hidden' } })],
      [field('money', 'amount', { required: true })],
    ),
    [],
  ],
]

describe('form rules', () => {
  it.each(cases)('%s', (_, rule, definition, expected) => {
    expect(run(rule, definition)).toEqual(expected)
  })
})
