import type { Finding } from '@signoff/analysis'
import type { AppDefinition } from '@signoff/schemas'
import { useCallback, useEffect, useState } from 'react'
import { ApiError, api } from '../api/client.ts'
import { loadInto } from '../store/designer-store.ts'
import { designerStore, useDesigner } from '../store/use-designer.ts'

export type SyncState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready' }
  | { kind: 'conflict' }

/** Loads the draft, saves it with If-Match, keeps the local copy through a 409, and publishes. */
export function useDraftSync(appId: string) {
  const [state, setState] = useState<SyncState>({ kind: 'loading' })
  const [etag, setEtag] = useState('')
  const [savedApp, setSavedApp] = useState<AppDefinition | null>(null)
  const [localCopy, setLocalCopy] = useState<AppDefinition | null>(null)
  const app = useDesigner((s) => s.app)

  const load = useCallback(async () => {
    const draft = await api.draft(appId)
    loadInto(designerStore, draft.app)
    setSavedApp(draft.app)
    setEtag(draft.etag)
  }, [appId])

  useEffect(() => {
    setState({ kind: 'loading' })
    load().then(
      () => setState({ kind: 'ready' }),
      (caught: unknown) =>
        setState({ kind: 'failed', message: caught instanceof Error ? caught.message : '' }),
    )
  }, [load])

  const save = useCallback(async (): Promise<string | null> => {
    const current = designerStore.getState().app
    if (!current) return null
    try {
      const saved = await api.saveDraft(appId, current, etag)
      setEtag(saved.etag)
      setSavedApp(current)
      return saved.etag
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) setState({ kind: 'conflict' })
      throw caught
    }
  }, [appId, etag])

  /** Loads the other editor's draft; the local edits stay as a copy to restore or download. */
  const reloadKeepingLocal = useCallback(async () => {
    setLocalCopy(designerStore.getState().app)
    await load()
    setState({ kind: 'ready' })
  }, [load])

  /** Puts the kept local edits back on top of the latest draft, as one undoable edit. */
  const restoreLocal = useCallback(() => {
    if (localCopy) designerStore.getState().replace(localCopy)
    setLocalCopy(null)
  }, [localCopy])

  const publish = useCallback(
    async (note: string): Promise<{ ok: true; version: number } | { ok: false; findings: Finding[] }> => {
      const tag = app !== savedApp ? await save() : etag
      try {
        const published = await api.publish(appId, note, tag ?? etag)
        return { ok: true, version: published.number }
      } catch (caught) {
        if (caught instanceof ApiError && caught.status === 422)
          return { ok: false, findings: caught.body.issues ?? [] }
        throw caught
      }
    },
    [app, savedApp, save, etag, appId],
  )

  return {
    state,
    dirty: app !== null && savedApp !== null && app !== savedApp,
    save,
    publish,
    reloadKeepingLocal,
    restoreLocal,
    localCopy,
    dismissLocal: () => setLocalCopy(null),
  }
}
