import { finish } from '../flow/lifecycle.ts'
import type { Executor } from './executor.ts'

export const executeEnd: Executor<'end'> = (run) => finish(run, 'approved')
