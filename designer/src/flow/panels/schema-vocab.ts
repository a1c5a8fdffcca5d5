import type {
  ApprovalMode,
  ApprovalNode,
  AutomationNode,
  EmptyAssigneePolicy,
  FieldPermissions,
  RolesRule,
  TimeoutRule,
} from '@signoff/schemas'
import approverRule from '@signoff/schemas/json/approver-rule.schema.json'
import common from '@signoff/schemas/json/common.schema.json'
import nodeParts from '@signoff/schemas/json/node-parts.schema.json'
import approval from '@signoff/schemas/json/nodes/approval.schema.json'
import automation from '@signoff/schemas/json/nodes/automation.schema.json'
import type { MessageKey } from '../../i18n/dictionary.ts'

// The choices the panels offer are the schemas' own enums; each is named once in the dictionary,
// and the label maps are checked against the generated types so a new value cannot go unnamed.

export type Permission = FieldPermissions[string]
type EmptyAction = EmptyAssigneePolicy['action']
type SelfPolicy = NonNullable<ApprovalNode['initiatorIsApprover']>
type TimeoutAction = TimeoutRule['action']
type OnFailure = NonNullable<AutomationNode['onFailure']>
type RoleScope = NonNullable<RolesRule['scope']>

export interface Choice<T extends string> {
  value: T
  label: MessageKey
}

function choices<T extends string>(values: readonly unknown[], labels: Record<T, MessageKey>): Choice<T>[] {
  return (values as T[]).map((value) => ({ value, label: labels[value] }))
}

export const modeChoices = choices<ApprovalMode>(nodeParts.$defs.mode.enum, {
  any: 'modeAny',
  all: 'modeAll',
  sequential: 'modeSequential',
})

export const emptyChoices = choices<EmptyAction>(nodeParts.$defs.emptyPolicy.properties.action.enum, {
  autoApprove: 'emptyAutoApprove',
  toAdmin: 'emptyToAdmin',
  toUser: 'emptyToUser',
  error: 'emptyError',
})

export const selfChoices = choices<SelfPolicy>(approval.properties.initiatorIsApprover.enum, {
  self: 'selfSelf',
  supervisor: 'selfSupervisor',
  autoApprove: 'selfAutoApprove',
})

export const timeoutChoices = choices<TimeoutAction>(nodeParts.$defs.timeout.properties.action.enum, {
  remind: 'timeoutRemind',
  autoApprove: 'timeoutAutoApprove',
  autoReject: 'timeoutAutoReject',
  escalate: 'timeoutEscalate',
})

export const permissionChoices = choices<Permission>(
  common.$defs.fieldPermissions.additionalProperties.enum,
  {
    edit: 'permissionEdit',
    read: 'permissionRead',
    hidden: 'permissionHidden',
  },
)

export const onFailureChoices = choices<OnFailure>(automation.properties.onFailure.enum, {
  fail: 'onFailureFail',
  continue: 'onFailureContinue',
  return: 'actionReturn',
})

export const scopeChoices = choices<RoleScope>(approverRule.$defs.roles.properties.scope.enum, {
  organization: 'ruleScopeOrganization',
  initiatorDepartment: 'ruleScopeDepartment',
})

/** How many rules a node may list, and timeouts it may have. */
export const maxRules = nodeParts.$defs.assignees.maxItems
export const maxTimeouts = nodeParts.$defs.timeouts.maxItems
