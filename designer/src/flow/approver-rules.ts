import type {
  ApproverRule,
  DepartmentHeadRule,
  InitiatorRule,
  InitiatorSelectsRule,
  MemberFieldRule,
  RolesRule,
  SupervisorChainRule,
  SupervisorRule,
  UsersRule,
} from '@signoff/schemas'
import type { MessageKey } from '../i18n/dictionary.ts'
import { format, type SummaryContext } from './summary-context.ts'

type Rules =
  | UsersRule
  | RolesRule
  | SupervisorRule
  | SupervisorChainRule
  | DepartmentHeadRule
  | MemberFieldRule
  | InitiatorSelectsRule
  | InitiatorRule
export type RuleType = Rules['type']
type RuleOf<T extends RuleType> = Extract<Rules, { type: T }>

interface RuleKind<T extends RuleType> {
  label: MessageKey
  /** A valid rule of this type to start from (a list rule starts empty and is filled in the panel). */
  create: () => RuleOf<T>
  describe: (rule: RuleOf<T>, ctx: SummaryContext) => string
}

const names = (ids: readonly string[], name: (id: string) => string) => ids.map(name).join('、')

/** Every approver rule type the schema has: its name, a fresh rule and a one-line description. */
export const ruleKinds: { [T in RuleType]: RuleKind<T> } = {
  users: {
    label: 'ruleUsers',
    create: () => ({ type: 'users', users: [] as unknown as UsersRule['users'] }),
    describe: (rule, ctx) => names(rule.users, ctx.user) || ctx.t.flowNotConfigured,
  },
  roles: {
    label: 'ruleRoles',
    create: () => ({ type: 'roles', roles: [] as unknown as RolesRule['roles'] }),
    describe: (rule, ctx) => names(rule.roles, ctx.role) || ctx.t.flowNotConfigured,
  },
  supervisor: {
    label: 'ruleSupervisor',
    create: () => ({ type: 'supervisor', level: 1 }),
    describe: (rule, ctx) =>
      rule.level === 1 ? ctx.t.ruleDirectSupervisor : format(ctx.t.ruleSupervisorLevel, { n: rule.level }),
  },
  supervisorChain: {
    label: 'ruleSupervisorChain',
    create: () => ({ type: 'supervisorChain', upToLevel: 2 }),
    describe: (rule, ctx) =>
      rule.upToRole
        ? format(ctx.t.ruleChainUpToRole, { role: ctx.role(rule.upToRole) })
        : rule.upToLevel
          ? format(ctx.t.ruleChainUpTo, { n: rule.upToLevel })
          : ctx.t.ruleChainTop,
  },
  departmentHead: {
    label: 'ruleDepartmentHead',
    create: () => ({ type: 'departmentHead', of: 'initiator', level: 1 }),
    describe: (rule, ctx) => {
      const level = rule.level ?? 1
      const base =
        rule.of === 'initiator'
          ? ctx.t.ruleHeadOfInitiator
          : format(ctx.t.ruleHeadOfField, { field: ctx.field(rule.of.field) })
      return level > 1 ? `${base} · ${format(ctx.t.ruleHeadLevel, { n: level - 1 })}` : base
    },
  },
  memberField: {
    label: 'ruleMemberField',
    create: () => ({ type: 'memberField', field: '' }),
    describe: (rule, ctx) =>
      rule.field ? format(ctx.t.ruleMemberOf, { field: ctx.field(rule.field) }) : ctx.t.flowNotConfigured,
  },
  initiatorSelects: {
    label: 'ruleInitiatorSelects',
    create: () => ({ type: 'initiatorSelects' }),
    describe: (rule, ctx) => {
      const candidates = [
        ...(rule.candidateUsers ?? []).map(ctx.user),
        ...(rule.candidateRoles ?? []).map(ctx.role),
      ]
      return candidates.length
        ? `${ctx.t.ruleInitiatorSelects}（${candidates.join('、')}）`
        : ctx.t.ruleInitiatorSelects
    },
  },
  initiator: {
    label: 'ruleInitiator',
    create: () => ({ type: 'initiator' }),
    describe: (_rule, ctx) => ctx.t.ruleInitiator,
  },
}

export const ruleTypes = Object.keys(ruleKinds) as RuleType[]

export function describeRule(rule: ApproverRule, ctx: SummaryContext): string {
  const kind = ruleKinds[rule.type as RuleType] as RuleKind<RuleType> | undefined
  return kind ? kind.describe(rule as RuleOf<RuleType>, ctx) : rule.type
}

export function describeRules(rules: readonly ApproverRule[] | undefined, ctx: SummaryContext): string {
  return (rules ?? []).map((rule) => describeRule(rule, ctx)).join('，') || ctx.t.flowNotConfigured
}
