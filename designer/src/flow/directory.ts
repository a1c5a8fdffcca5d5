import type { I18NText } from '@signoff/schemas'
import { useEffect } from 'react'
import { create } from 'zustand'

export interface DirectoryUser {
  id: string
  name: string
  login: string
}
export interface DirectoryRole {
  id: string
  name: I18NText
}
export interface DirectoryDepartment {
  id: string
  name: string
  parentId: string | null
}

/** The organization the approver pickers choose from, as the runtime lists it. */
export interface Directory {
  users: DirectoryUser[]
  roles: DirectoryRole[]
  departments: DirectoryDepartment[]
}

interface DirectoryState {
  directory: Directory | null
  failed: boolean
  loading: boolean
}

const useDirectoryStore = create<DirectoryState>(() => ({ directory: null, failed: false, loading: false }))

async function list<T>(path: string): Promise<T[]> {
  const response = await fetch(`/api/v1${path}`, { credentials: 'same-origin' })
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return ((await response.json()) as { items: T[] }).items
}

async function load(): Promise<void> {
  const state = useDirectoryStore.getState()
  if (state.directory || state.loading) return
  useDirectoryStore.setState({ loading: true })
  try {
    const [users, roles, departments] = await Promise.all([
      list<DirectoryUser>('/users'),
      list<DirectoryRole>('/roles'),
      list<DirectoryDepartment>('/departments'),
    ])
    useDirectoryStore.setState({ directory: { users, roles, departments }, failed: false, loading: false })
  } catch {
    useDirectoryStore.setState({ failed: true, loading: false })
  }
}

/** The organization's users, roles and departments, fetched once per page load. */
export function useDirectory(): { directory: Directory | null; failed: boolean } {
  useEffect(() => {
    void load()
  }, [])
  const directory = useDirectoryStore((state) => state.directory)
  const failed = useDirectoryStore((state) => state.failed)
  return { directory, failed }
}
