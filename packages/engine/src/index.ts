export { type ApplyResult, applyEvent } from './apply.ts'
export { attemptsLeft } from './attempts-left.ts'
export { expressionContext } from './flow/expression-context.ts'
export type { EngineDefinition } from './model/definition.ts'
export type { Effect, EffectType, NotifyReason } from './model/effects.ts'
export type {
  AddSignerEvent,
  ApproveEvent,
  AutomationResultEvent,
  CommentEvent,
  EngineEvent,
  EventType,
  RejectEvent,
  ResubmitEvent,
  ReturnEvent,
  StartEvent,
  TimelineEntry,
  TimerFiredEvent,
  TransferEvent,
  UrgeEvent,
  WithdrawEvent,
} from './model/events.ts'
export type { Refusal, RefusalCode } from './model/refusal.ts'
export type {
  Failure,
  InstanceState,
  InstanceStatus,
  ParallelFrame,
  PendingAutomation,
  PendingTimer,
  Task,
  TaskKind,
  TaskOrigin,
  TaskOutcome,
  TaskStatus,
  Token,
} from './model/state.ts'
export { type Org, orgOf } from './org/org.ts'
export type { SimulatedAssignee, SimulatedStep } from './path-steps.ts'
export type { Permission } from './permissions.ts'
export { permissionsAt } from './permissions.ts'
export { remainingPath } from './remaining.ts'
export { type SimulateOptions, type Simulation, simulate } from './simulate.ts'
export { type TaskView, taskView } from './task-view.ts'
