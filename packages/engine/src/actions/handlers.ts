import type { EventType } from '../model/events.ts'
import { addSigner } from './add-signer.ts'
import { approve } from './approve.ts'
import { automationResult } from './automation-result.ts'
import { comment } from './comment.ts'
import type { Handler } from './handler.ts'
import { reassignTask } from './reassign.ts'
import { reject } from './reject.ts'
import { resubmit } from './resubmit.ts'
import { returnTask } from './return.ts'
import { start } from './start.ts'
import { timerFired } from './timer-fired.ts'
import { transfer } from './transfer.ts'
import { urge } from './urge.ts'
import { withdraw } from './withdraw.ts'

export const handlers = {
  start,
  approve,
  reject,
  return: returnTask,
  transfer,
  reassign: reassignTask,
  addSigner,
  comment,
  withdraw,
  resubmit,
  urge,
  timerFired,
  automationResult,
} satisfies { [T in EventType]: Handler<T> }
