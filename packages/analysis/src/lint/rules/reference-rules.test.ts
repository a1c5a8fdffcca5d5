import type { AppDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import type { Rule } from '../context.ts'
import { app, directory, field, line, node, run, type Summary } from '../test-fixtures.ts'
import { automationOutputs } from './automation-outputs.ts'
import { rejectTargets } from './reject-targets.ts'
import { settingsReferences } from './settings-references.ts'
import { timerFields } from './timer-fields.ts'

const rejectTo = (target: string) => ({ actions: { rejectTo: { target: 'node', node: target } } })
const fields = [
  field('date', 'neededBy'),
  field('text', 'orderNo'),
  field('formula', 'total', { expression: '1', resultType: 'number' }),
  field('table', 'items', { columns: [field('date', 'shipDate')] }),
]
const automation = (outputs: Record<string, string>) =>
  line([node('automation', 'auto', { action: { type: 'builtin', name: 'erp.order' }, outputs })], fields)
const timer = (untilField: string) => line([node('timer', 't', { wait: { untilField } })], fields)

const cases: [string, Rule, AppDefinition, Summary[]][] = [
  [
    'rejecting to an earlier approval passes',
    rejectTargets,
    line([node('approval', 'a1'), node('approval', 'a2', rejectTo('a1'))]),
    [],
  ],
  ['rejecting to the start passes', rejectTargets, line([node('approval', 'a1', rejectTo('start'))]), []],
  [
    'rejecting to a missing node',
    rejectTargets,
    line([node('approval', 'a1', rejectTo('ghost'))]),
    [['error', 'flow.rejectTargetMissing', '/flow/nodes/1/actions/rejectTo/node']],
  ],
  [
    'rejecting to a later node',
    rejectTargets,
    line([node('approval', 'a1', rejectTo('a2')), node('approval', 'a2')]),
    [['error', 'flow.rejectTargetNotUpstream', '/flow/nodes/1/actions/rejectTo/node']],
  ],
  [
    'rejecting to a CC node',
    rejectTargets,
    line([node('cc', 'c1'), node('handler', 'h1', rejectTo('c1'))]),
    [['error', 'flow.rejectTargetKind', '/flow/nodes/2/actions/rejectTo/node']],
  ],
  ['outputs into typed fields pass', automationOutputs, automation({ orderNumber: 'orderNo' }), []],
  [
    'outputs into a missing field and a formula',
    automationOutputs,
    automation({ orderNumber: 'ghost', sum: 'total' }),
    [
      ['error', 'automation.unknownOutputField', '/flow/nodes/1/outputs/orderNumber'],
      ['error', 'automation.outputFieldNotWritable', '/flow/nodes/1/outputs/sum'],
    ],
  ],
  ['waiting until a date field passes', timerFields, timer('neededBy'), []],
  ['waiting for a fixed time passes', timerFields, line([node('timer', 't')], fields), []],
  [
    'waiting until a text field',
    timerFields,
    timer('orderNo'),
    [['error', 'timer.untilFieldType', '/flow/nodes/1/wait/untilField']],
  ],
  [
    'waiting until a table column',
    timerFields,
    timer('shipDate'),
    [['error', 'timer.untilFieldType', '/flow/nodes/1/wait/untilField']],
  ],
  [
    'waiting until a missing field',
    timerFields,
    timer('ghost'),
    [['error', 'timer.unknownUntilField', '/flow/nodes/1/wait/untilField']],
  ],
  [
    'known starters and admins pass',
    settingsReferences,
    app({
      settings: {
        starters: { users: ['clerk'], departments: ['finance'], roles: ['cfo'] },
        admins: ['boss'],
      },
    }),
    [],
  ],
  [
    'unknown starters and admins',
    settingsReferences,
    app({
      settings: {
        starters: { users: ['clerk', 'ghost'], departments: ['mars'], roles: ['pilot'] },
        admins: ['nobody'],
      },
    }),
    [
      ['warning', 'settings.unknownStarter', '/settings/starters/users/1'],
      ['warning', 'settings.unknownStarter', '/settings/starters/departments/0'],
      ['warning', 'settings.unknownStarter', '/settings/starters/roles/0'],
      ['warning', 'settings.unknownAdmin', '/settings/admins/0'],
    ],
  ],
]

describe('reference rules', () => {
  it.each(cases)('%s', (_, rule, definition, expected) => {
    expect(run(rule, definition, directory)).toEqual(expected)
  })

  it('checks settings only when an organization is given', () => {
    const definition = app({ settings: { starters: { users: ['ghost'] } } })
    expect(run(settingsReferences, definition)).toEqual([])
  })
})
