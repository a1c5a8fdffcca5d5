import type { AppDefinition, ApproverRule, Directory } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { directory, field, line, node, run, type Summary } from '../test-fixtures.ts'
import { approverRules } from './approver-rules.ts'

const fields = [
  field('member', 'delegate'),
  field('department', 'costCenter'),
  field('text', 'note'),
  field('table', 'rows', { columns: [field('member', 'buyer')] }),
]

const approval = (approvers: ApproverRule[], extra: Record<string, unknown> = {}) =>
  line([node('approval', 'a1', { approvers, ...extra })], fields)
const at = (rule: number, ...rest: (string | number)[]) =>
  ['/flow/nodes/1/approvers', rule, ...rest].join('/')

const cases: [string, AppDefinition, Directory | undefined, Summary[]][] = [
  [
    'field-based rules on fields of the right type pass',
    approval([
      { type: 'memberField', field: 'delegate' },
      { type: 'departmentHead', of: { field: 'costCenter' }, level: 1 },
    ]),
    undefined,
    [],
  ],
  [
    'a member rule on a missing field',
    approval([{ type: 'memberField', field: 'ghost' }]),
    undefined,
    [['error', 'approver.unknownField', at(0, 'field')]],
  ],
  [
    'a member rule on a text field, and on a table column',
    approval([
      { type: 'memberField', field: 'note' },
      { type: 'memberField', field: 'buyer' },
    ]),
    undefined,
    [
      ['error', 'approver.wrongFieldType', at(0, 'field')],
      ['error', 'approver.wrongFieldType', at(1, 'field')],
    ],
  ],
  [
    'a department head of a member field',
    approval([{ type: 'departmentHead', of: { field: 'delegate' } }]),
    undefined,
    [['error', 'approver.wrongFieldType', at(0, 'of', 'field')]],
  ],
  [
    'an empty candidate list',
    approval([{ type: 'initiatorSelects', candidateUsers: [], candidateRoles: [] }]),
    undefined,
    [['error', 'approver.noCandidates', at(0)]],
  ],
  [
    'an empty users list',
    approval([{ type: 'users', users: [] }]),
    undefined,
    [['error', 'approver.noUsers', at(0, 'users')]],
  ],
  [
    'nobody found is a warning when the node passes or hands over instead',
    approval([{ type: 'memberField', field: 'ghost' }], { emptyPolicy: { action: 'toAdmin' } }),
    undefined,
    [['warning', 'approver.unknownField', at(0, 'field')]],
  ],
  [
    'an explicit error policy keeps it an error',
    approval([{ type: 'memberField', field: 'ghost' }], { emptyPolicy: { action: 'error' } }),
    undefined,
    [['error', 'approver.unknownField', at(0, 'field')]],
  ],
  [
    'known active users and held roles pass',
    approval([
      { type: 'users', users: ['cfo', 'clerk'] },
      { type: 'roles', roles: ['cfo'] },
      { type: 'supervisor', level: 2 },
      { type: 'supervisorChain', upToRole: 'cfo' },
    ]),
    directory,
    [],
  ],
  [
    'users that do not exist or left, when nobody else is listed',
    approval([{ type: 'users', users: ['ghost', 'gone'] }]),
    directory,
    [
      ['error', 'approver.unknownUser', at(0, 'users', 0)],
      ['error', 'approver.inactiveUser', at(0, 'users', 1)],
    ],
  ],
  [
    'one missing user among good ones is only a warning',
    approval([{ type: 'users', users: ['cfo', 'ghost'] }]),
    directory,
    [['warning', 'approver.unknownUser', at(0, 'users', 1)]],
  ],
  [
    'roles nobody active holds, or that do not exist',
    approval([{ type: 'roles', roles: ['auditor', 'astronaut'] }]),
    directory,
    [
      ['error', 'approver.roleWithoutHolder', at(0, 'roles', 0)],
      ['error', 'approver.unknownRole', at(0, 'roles', 1)],
    ],
  ],
  [
    'a supervisor level deeper than anyone has',
    approval([{ type: 'supervisor', level: 3 }]),
    directory,
    [['warning', 'approver.supervisorTooDeep', at(0, 'level')]],
  ],
  [
    'hand to a user who left when nobody is found',
    approval([{ type: 'initiator' }], { emptyPolicy: { action: 'toUser', user: 'gone' } }),
    directory,
    [['error', 'approver.emptyPolicyUser', '/flow/nodes/1/emptyPolicy/user']],
  ],
  [
    'CC recipients are checked too',
    line([node('cc', 'c1', { recipients: [{ type: 'memberField', field: 'ghost' }] })], fields),
    undefined,
    [['error', 'approver.unknownField', '/flow/nodes/1/recipients/0/field']],
  ],
]

describe('approver rules', () => {
  it.each(cases)('%s', (_, definition, org, expected) => {
    expect(run(approverRules, definition, org)).toEqual(expected)
  })
})
