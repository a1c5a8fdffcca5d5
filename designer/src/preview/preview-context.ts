import { expressionContext, orgOf } from '@signoff/engine'
import type { RendererServices, RuleContext } from '@signoff/form-renderer'
import type { Directory } from '@signoff/schemas'
import { useEffect, useMemo, useState } from 'react'
import { api } from '../api/client.ts'
import { localDirectoryService } from '../simulate/directory-service.ts'
import { localDate } from '../ui/local-date.ts'
import { localFiles } from './local-files.ts'

export interface PreviewWorld {
  context: RuleContext
  services: RendererServices
}

/**
 * What the preview's rules and pickers need, with the signed-in owner as the initiator: rules on the
 * initiator's department and member pickers then behave as they will for a real employee.
 */
export function usePreviewWorld(open: boolean): { world: PreviewWorld | null; failed: string | null } {
  const [loaded, setLoaded] = useState<{ directory: Directory; userId: string } | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  useEffect(() => {
    if (!open || loaded) return
    Promise.all([api.me(), api.directory()])
      .then(([me, directory]) => setLoaded({ directory, userId: me.user.id }))
      .catch((error: Error) => setFailed(error.message))
  }, [open, loaded])
  const world = useMemo(() => {
    if (!loaded) return null
    const { values: _values, ...context } = expressionContext(
      orgOf(loaded.directory),
      loaded.userId,
      {},
      localDate(new Date()),
    )
    return { context, services: { directory: localDirectoryService(loaded.directory), ...localFiles() } }
  }, [loaded])
  return { world, failed }
}
