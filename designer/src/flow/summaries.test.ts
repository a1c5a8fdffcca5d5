import type { ApproverRule, Condition, Field } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { en, zhCN } from '../i18n/dictionary.ts'
import { describeRule, describeRules, ruleKinds, ruleTypes } from './approver-rules.ts'
import { describeCondition } from './condition-summary.ts'
import type { Directory } from './directory.ts'
import { formatDuration, parseDuration, toDuration } from './duration.ts'
import { summaryContext } from './summary-context.ts'

const directory: Directory = {
  users: [{ id: 'lisi', name: '李四', login: 'lisi' }],
  roles: [{ id: 'cfo', name: { 'zh-CN': '首席财务官', en: 'CFO' } }],
  departments: [{ id: 'finance', name: '财务部', parentId: null }],
}
const fields = [
  { id: 'total', type: 'money', label: { 'zh-CN': '总额', en: 'Total' } },
  { id: 'dept', type: 'department', label: { 'zh-CN': '费用部门', en: 'Cost center' } },
] as Field[]
const zh = summaryContext(zhCN, 'zh-CN', directory, fields)
const english = summaryContext(en, 'en', directory, fields)

describe('approver rule summaries', () => {
  it('names people, roles and fields as the owner knows them', () => {
    const rules: [ApproverRule, string][] = [
      [{ type: 'users', users: ['lisi', 'ghost'] }, '李四、ghost'],
      [{ type: 'roles', roles: ['cfo'] }, '首席财务官'],
      [{ type: 'supervisor', level: 1 }, '直属主管'],
      [{ type: 'supervisor', level: 2 }, '第 2 级主管'],
      [{ type: 'supervisorChain', upToRole: 'cfo' }, '逐级主管直到首席财务官'],
      [
        { type: 'departmentHead', of: { field: 'dept' }, level: 2 },
        '「费用部门」所选部门负责人 · 上 1 级部门负责人',
      ],
      [{ type: 'memberField', field: 'dept' }, '「费用部门」中的成员'],
      [{ type: 'initiatorSelects', candidateRoles: ['cfo'] }, '发起人自选（首席财务官）'],
      [{ type: 'initiator' }, '发起人本人'],
    ]
    for (const [rule, text] of rules) expect(describeRule(rule, zh)).toBe(text)
    expect(describeRules([], zh)).toBe(zhCN.flowNotConfigured)
  })

  it('starts every rule type from a fresh rule of that type', () => {
    for (const type of ruleTypes) expect(ruleKinds[type].create().type).toBe(type)
  })
})

describe('condition summaries', () => {
  it('reads a condition tree in words, in either language', () => {
    const condition: Condition = {
      any: [
        {
          all: [
            { field: 'total', op: 'gt', value: '5000' },
            { initiator: 'role', op: 'in', value: ['cfo'] },
          ],
        },
        { not: { field: 'dept', op: 'empty' } },
      ],
    }
    expect(describeCondition(condition, zh)).toBe(
      '(总额 > 5000 且 发起人角色 属于 首席财务官) 或 非(费用部门 为空)',
    )
    expect(describeCondition(condition, english)).toBe(
      "(Total > 5000 and Initiator's role in CFO) or not (Cost center is empty)",
    )
    expect(describeCondition({ cel: 'form.total > 1' }, zh)).toBe('form.total > 1')
  })
})

describe('durations', () => {
  it('round-trips the schema’s ISO 8601 durations and reads them out', () => {
    expect(parseDuration('P1DT12H')).toEqual({ days: 1, hours: 12, minutes: 0 })
    expect(toDuration({ days: 0, hours: 4, minutes: 30 })).toBe('PT4H30M')
    expect(toDuration({ days: 2, hours: 0, minutes: 0 })).toBe('P2D')
    expect(toDuration({ days: 0, hours: 0, minutes: 0 })).toBeUndefined()
    expect(parseDuration('soon')).toBeNull()
    expect(formatDuration('P1DT2H', zhCN)).toBe('1 天 2 小时')
  })
})
