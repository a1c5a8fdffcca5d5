import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react'
import { api } from '../api/client.ts'
import type { AppSummary, Department, User } from '../api/types.ts'
import { pickText, useLocale } from '../i18n/locale-store.ts'

export interface DirectoryNames {
  /** People and departments have loaded (pickers resolve names only then). */
  ready: boolean
  users: User[]
  departments: Department[]
  apps: AppSummary[]
  user: (id: string) => string
  department: (id: string) => string
  app: (id: string) => string
  reload: () => void
}

const Context = createContext<DirectoryNames | null>(null)

/** People, departments and apps loaded once per sign-in, so every page can show names instead of ids. */
export function DirectoryProvider({ children }: { children: ReactNode }) {
  const locale = useLocale()
  const [users, setUsers] = useState<User[]>([])
  const [departments, setDepartments] = useState<Department[]>([])
  const [apps, setApps] = useState<AppSummary[]>([])
  const [generation, setGeneration] = useState(0)
  const [loaded, setLoaded] = useState({ users: false, departments: false })

  useEffect(() => {
    void generation
    api
      .users()
      .then(setUsers, () => setUsers([]))
      .finally(() => setLoaded((before) => ({ ...before, users: true })))
    api
      .departments()
      .then(
        (list) => setDepartments(list.items),
        () => setDepartments([]),
      )
      .finally(() => setLoaded((before) => ({ ...before, departments: true })))
    api.apps().then(setApps, () => setApps([]))
  }, [generation])

  const value = useMemo<DirectoryNames>(() => {
    const userNames = new Map(users.map((user) => [user.id, user.name]))
    const departmentNames = new Map(departments.map((department) => [department.id, department.name]))
    const appNames = new Map(apps.map((app) => [app.id, pickText(app.name, locale)]))
    return {
      ready: loaded.users && loaded.departments,
      users,
      departments,
      apps,
      user: (id) => userNames.get(id) ?? id,
      department: (id) => departmentNames.get(id) ?? id,
      app: (id) => appNames.get(id) ?? id,
      reload: () => setGeneration((n) => n + 1),
    }
  }, [users, departments, apps, locale, loaded])

  return <Context.Provider value={value}>{children}</Context.Provider>
}

export function useDirectory(): DirectoryNames {
  const value = useContext(Context)
  if (!value) throw new Error('useDirectory inside <DirectoryProvider>')
  return value
}
