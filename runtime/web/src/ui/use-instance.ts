import type { AppDefinition } from '@signoff/schemas'
import { useCallback, useEffect, useState } from 'react'
import { ApiError, api } from '../api/client.ts'
import type { InstanceDetail, TaskDetail } from '../api/types.ts'
import { noticesChanged } from './notification-bell.tsx'

export interface LoadedInstance {
  instance: InstanceDetail
  task?: TaskDetail
  /** The definition of the version the instance is pinned to (its form and node names). */
  definition?: AppDefinition
}

/** Opening a request reads the bell's notices about it. */
async function markNoticesRead(instanceId: string): Promise<void> {
  const { items } = await api.notifications()
  const ids = items
    .filter((notice) => notice.instanceId === instanceId && !notice.readAt)
    .map((notice) => notice.id)
  if (ids.length === 0) return
  await api.markRead(ids)
  window.dispatchEvent(new Event(noticesChanged))
}

/** An instance, and the task when opened from one, loaded together; reload() after every action. */
export function useInstance(ids: { instanceId?: string; taskId?: string }) {
  const [data, setData] = useState<LoadedInstance | null | undefined>(undefined)
  const { instanceId, taskId } = ids

  const reload = useCallback(async () => {
    try {
      const task = taskId ? await api.task(taskId) : undefined
      const id = task?.instance.id ?? instanceId ?? ''
      const instance = await api.instance(id)
      const { definition } = instance
      setData({ instance, ...(task ? { task } : {}), ...(definition ? { definition } : {}) })
      markNoticesRead(instance.id).catch(() => undefined)
    } catch (caught) {
      if (caught instanceof ApiError && (caught.status === 404 || caught.status === 403)) setData(null)
      else throw caught
    }
  }, [instanceId, taskId])

  useEffect(() => {
    reload().catch(() => setData(null))
  }, [reload])

  return { data, reload }
}
