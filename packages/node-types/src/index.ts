export {
  assigneesOf,
  createNode,
  fieldPermissionsOf,
  isNodeKind,
  nodeTypeOf,
  withDefaults,
} from './access.ts'
export {
  defaultEmptyPolicy,
  defaultInitiatorIsApprover,
  defaultMaxAttempts,
  defaultMode,
  defaultOnFailure,
  effectiveActions,
} from './defaults.ts'
export type { EffectiveNode, EffectiveTaskActions } from './effective.ts'
export { nodeTypes } from './node-types.ts'
export type { AssigneeProperty, EdgeCount, NodeOfKind, NodeTypeSpec, OutgoingRule } from './spec.ts'
