import type { InstanceEvent, NotifyChannel, NotifyReason } from '../model/effects.ts'
import type { Run } from '../run.ts'

interface Notice {
  to: string[]
  reason: NotifyReason
  taskId?: string
  node?: string
}

interface Channels {
  people: readonly NotifyChannel[]
  webhook: boolean
}

const channelsBySettings = new WeakMap<Run['definition']['settings'], Channels>()

/** The app's channels (in-app when unset); the webhook channel carries instance events, not notices. */
function channelsOf(run: Run): Channels {
  const { settings } = run.definition
  let found = channelsBySettings.get(settings)
  if (!found) {
    const channels = settings.notifications?.channels ?? ['inApp']
    found = {
      people: channels.filter((c): c is NotifyChannel => c !== 'webhook'),
      webhook: channels.includes('webhook'),
    }
    channelsBySettings.set(settings, found)
  }
  return found
}

/** Tells people something through the app's channels; nothing when the app notifies people by none. */
export function notify(run: Run, notice: Notice): void {
  const { people } = channelsOf(run)
  if (people.length > 0) run.effects.push({ type: 'notify', ...notice, channels: [...people] })
}

/**
 * Reports an instance event to the organization's webhooks when the app's channels include them. The key
 * is the state version the event produces plus the event (and task): the same on every replay, unique
 * within the instance, so the runtime (prefixing the instance id) delivers each at most once.
 */
export function announceEvent(
  run: Run,
  event: InstanceEvent,
  about: { taskId?: string; node?: string } = {},
): void {
  if (!channelsOf(run).webhook) return
  const version = run.state.version + 1
  run.effects.push({
    type: 'webhook',
    event,
    idempotencyKey: `v${version}:${event}${about.taskId === undefined ? '' : `:${about.taskId}`}`,
    ...about,
  })
}
