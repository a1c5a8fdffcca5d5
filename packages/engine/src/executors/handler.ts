import { enterTaskNode } from '../flow/task-step.ts'
import type { Executor } from './executor.ts'

export const executeHandler: Executor<'handler'> = enterTaskNode
