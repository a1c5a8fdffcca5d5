import { advance } from '../flow/advance.ts'
import type { Executor } from './executor.ts'

/** The initiator's step is the start or resubmit event itself; the flow moves on at once. */
export const executeStart: Executor<'start'> = (run, token) => advance(run, token)
