import type { EventOf, EventType } from '../model/events.ts'
import type { Run } from '../run.ts'
import type { Text } from '../text.ts'

/** What an accepted event says about itself in the timeline. */
export interface Summary {
  text: Text
  node?: string
  taskId?: string
}

/** Applies one event type to the run's working state, or refuses (by throwing RefusalError). */
export type Handler<T extends EventType> = (run: Run, event: EventOf<T>) => Summary
