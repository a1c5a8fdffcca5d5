import { enterTaskNode } from '../flow/task-step.ts'
import type { Executor } from './executor.ts'

export const executeApproval: Executor<'approval'> = enterTaskNode
