import { createContext, useContext } from 'react'
import type { Me } from '../api/types.ts'

export const SessionContext = createContext<Me | null>(null)

/** The signed-in caller; pages render only after sign-in. */
export function useMe(): Me {
  const me = useContext(SessionContext)
  if (!me) throw new Error('useMe after sign-in')
  return me
}

export const isOrgAdmin = (me: Me) => me.permissions.includes('org.manage')
