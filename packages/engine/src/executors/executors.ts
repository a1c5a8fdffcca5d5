import type { NodeKind } from '@signoff/schemas'
import { executeApproval } from './approval.ts'
import { executeAutomation } from './automation.ts'
import { executeCc } from './cc.ts'
import { executeCondition } from './condition.ts'
import { executeEnd } from './end.ts'
import type { Executor } from './executor.ts'
import { executeHandler } from './handler.ts'
import { executeJoin } from './join.ts'
import { executeParallel } from './parallel.ts'
import { executeStart } from './start.ts'
import { executeTimer } from './timer.ts'

export type { Executor }

export const executors = {
  start: executeStart,
  approval: executeApproval,
  cc: executeCc,
  condition: executeCondition,
  parallel: executeParallel,
  join: executeJoin,
  handler: executeHandler,
  automation: executeAutomation,
  timer: executeTimer,
  end: executeEnd,
} satisfies { [K in NodeKind]: Executor<K> }
