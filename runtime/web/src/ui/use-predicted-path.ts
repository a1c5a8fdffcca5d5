import { useEffect, useState } from 'react'
import { api } from '../api/client.ts'
import type { Simulation } from '../api/types.ts'

const settleMs = 400

/** The path the server predicts for these values, asked again once typing pauses; stale answers are dropped. */
export function usePredictedPath(
  appId: string,
  values: Record<string, unknown>,
  selectedApprovers: Record<string, string[]> | undefined,
  enabled: boolean,
) {
  const [simulation, setSimulation] = useState<Simulation | null>(null)
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle')

  useEffect(() => {
    if (!enabled) return
    let current = true
    setState('loading')
    const timer = window.setTimeout(() => {
      api.simulate(appId, values, selectedApprovers).then(
        (answer) => {
          if (!current) return
          setSimulation(answer)
          setState('idle')
        },
        () => {
          if (current) setState('failed')
        },
      )
    }, settleMs)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [appId, values, selectedApprovers, enabled])

  return { simulation, state }
}
