import { useMemo } from 'react'
import { initiatorOf } from '../../model/directory-search.ts'
import { useDirectory } from '../directory.tsx'
import { useMe } from '../session.ts'

/** The rule context of a form the signed-in admin fills for the organization (they are its applicant). */
export function useApplicantContext() {
  const me = useMe()
  const directory = useDirectory()
  const person = directory.users.find((user) => user.id === me.user.id)
  return useMemo(
    () => ({
      initiator: person
        ? initiatorOf(person, directory.departments)
        : { id: me.user.id, department: '', departments: [], roles: [] },
    }),
    [person, directory.departments, me.user.id],
  )
}
