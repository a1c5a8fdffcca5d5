import type { ApproverRule, EmptyAssigneePolicy } from '@signoff/schemas'
import type { LintContext } from './context.ts'
import { isActive } from './directory-index.ts'
import type { ValueKind } from './field-facts.ts'
import { topLevelValued } from './form-index.ts'

export interface Problem {
  at: (string | number)[]
  code: string
  en: string
  zh: string
  /** Set when the rule as a whole resolves to nobody; its severity then follows the node's empty policy. */
  nobody?: true
}

export type Check<R> = (rule: R, context: LintContext) => Problem[]
type Checks = { [T in ApproverRule['type']]: Check<Extract<ApproverRule, { type: T }>> }

function fieldOfKind(
  context: LintContext,
  id: string,
  at: (string | number)[],
  kind: ValueKind,
  what: { en: string; zh: string },
): Problem[] {
  const entry = context.form.byId.get(id)
  if (!entry) {
    return [
      {
        at,
        code: 'approver.unknownField',
        en: `field '${id}' does not exist`,
        zh: `字段“${id}”不存在`,
        nobody: true,
      },
    ]
  }
  if (topLevelValued(context.form, id)?.value === kind) return []
  return [
    {
      at,
      code: 'approver.wrongFieldType',
      en: `field '${id}' is not a top-level ${what.en} field`,
      zh: `字段“${id}”不是表单顶层的${what.zh}字段`,
      nobody: true,
    },
  ]
}

function listOf(
  ids: readonly string[],
  at: string,
  problems: (id: string, k: number) => Problem[],
): Problem[] {
  const found = ids.map((id, k) =>
    problems(id, k).map((problem) => ({ ...problem, at: [at, k, ...problem.at] })),
  )
  // Only when every entry fails does the rule resolve to nobody.
  const allFail = ids.length > 0 && found.every((list) => list.length > 0)
  return found
    .flat()
    .map(({ nobody: _, ...problem }) => (allFail ? { ...problem, nobody: true as const } : problem))
}

/** Per approver rule type: what can make it resolve to nobody, or name someone who is not there. */
export const approverChecks: Checks = {
  users: (rule, { directory }) => {
    if (rule.users.length === 0)
      return [
        {
          at: ['users'],
          code: 'approver.noUsers',
          en: 'the list of users is empty',
          zh: '成员列表为空',
          nobody: true,
        },
      ]
    if (!directory) return []
    return listOf(rule.users, 'users', (id) => {
      const user = directory.users.get(id)
      if (!user)
        return [
          {
            at: [],
            code: 'approver.unknownUser',
            en: `user '${id}' does not exist`,
            zh: `成员“${id}”不存在`,
          },
        ]
      if (!isActive(user))
        return [
          { at: [], code: 'approver.inactiveUser', en: `user '${id}' is inactive`, zh: `成员“${id}”已停用` },
        ]
      return []
    })
  },
  roles: (rule, { directory }) => {
    if (rule.roles.length === 0)
      return [
        {
          at: ['roles'],
          code: 'approver.noRoles',
          en: 'the list of roles is empty',
          zh: '角色列表为空',
          nobody: true,
        },
      ]
    if (!directory) return []
    return listOf(rule.roles, 'roles', (id) => {
      if (!directory.roles.has(id))
        return [
          {
            at: [],
            code: 'approver.unknownRole',
            en: `role '${id}' does not exist`,
            zh: `角色“${id}”不存在`,
          },
        ]
      if (!directory.heldRoles.has(id))
        return [
          {
            at: [],
            code: 'approver.roleWithoutHolder',
            en: `nobody active holds role '${id}'`,
            zh: `没有在职成员担任角色“${id}”`,
          },
        ]
      return []
    })
  },
  supervisor: (rule, { directory }) =>
    directory && rule.level > directory.maxSupervisorLevel
      ? [
          {
            at: ['level'],
            code: 'approver.supervisorTooDeep',
            en: `nobody in the organization has a level-${rule.level} supervisor (the deepest chain has ${directory.maxSupervisorLevel})`,
            zh: `组织中没有人有第 ${rule.level} 级主管（最长的主管链为 ${directory.maxSupervisorLevel} 级）`,
          },
        ]
      : [],
  supervisorChain: (rule, { directory }) =>
    directory && rule.upToRole !== undefined && !directory.roles.has(rule.upToRole)
      ? [
          {
            at: ['upToRole'],
            code: 'approver.unknownRole',
            en: `role '${rule.upToRole}' does not exist, so the chain runs to the top`,
            zh: `角色“${rule.upToRole}”不存在，主管链将一直到最高层`,
          },
        ]
      : [],
  departmentHead: (rule, context) => {
    const level = rule.level ?? 1
    const problems =
      rule.of === 'initiator'
        ? []
        : fieldOfKind(context, rule.of.field, ['of', 'field'], 'department', { en: 'department', zh: '部门' })
    if (context.directory && level > context.directory.maxDepartmentDepth) {
      problems.push({
        at: ['level'],
        code: 'approver.departmentTooDeep',
        en: `no department has ${level} levels above it`,
        zh: `没有部门有 ${level} 层上级`,
      })
    }
    return problems
  },
  memberField: (rule, context) =>
    fieldOfKind(context, rule.field, ['field'], 'member', { en: 'member', zh: '成员' }),
  initiatorSelects: (rule, { directory }) => {
    const users = rule.candidateUsers
    const roles = rule.candidateRoles
    if ((users || roles) && (users?.length ?? 0) + (roles?.length ?? 0) === 0) {
      return [
        {
          at: [],
          code: 'approver.noCandidates',
          en: 'the candidate list is empty, so the initiator cannot pick anyone',
          zh: '候选人列表为空，发起人无人可选',
          nobody: true,
        },
      ]
    }
    if (!directory || !users) return []
    return users.flatMap((id, k) => {
      const user = directory.users.get(id)
      if (user && isActive(user)) return []
      return [
        {
          at: ['candidateUsers', k],
          code: 'approver.unknownUser',
          en: `candidate '${id}' is not an active user`,
          zh: `候选人“${id}”不是在职成员`,
        },
      ]
    })
  },
  initiator: () => [],
}

export function emptyPolicyProblems(
  policy: EmptyAssigneePolicy | undefined,
  context: LintContext,
): Problem[] {
  if (policy?.action !== 'toUser') return []
  const user = policy.user && context.directory?.users.get(policy.user)
  if (policy.user === undefined)
    return [
      {
        at: ['emptyPolicy'],
        code: 'approver.emptyPolicyUser',
        en: 'the empty-approver policy hands tasks to a user but names none',
        zh: '无审批人时转交指定成员，但未指定成员',
      },
    ]
  if (!context.directory || (user && isActive(user))) return []
  return [
    {
      at: ['emptyPolicy', 'user'],
      code: 'approver.emptyPolicyUser',
      en: `the empty-approver policy hands tasks to '${policy.user}', who is not an active user`,
      zh: `无审批人时转交的成员“${policy.user}”不是在职成员`,
    },
  ]
}
