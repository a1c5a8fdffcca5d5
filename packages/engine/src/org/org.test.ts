import type { Directory } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { directoryOf } from '../testing/fixtures.ts'
import { orgOf } from './org.ts'

describe('usersWithRole', () => {
  const directory: Directory = {
    ...directoryOf(),
    users: [
      { id: 'u1', name: 'u1', departmentId: null, roles: ['a', 'b', 'a'] },
      { id: 'u2', name: 'u2', departmentId: null, roles: ['b'] },
      { id: 'u3', name: 'u3', departmentId: null, roles: ['a'] },
    ],
  }

  it('lists each holder once, in directory order, and nobody for an unknown role', () => {
    const org = orgOf(directory)
    expect(org.usersWithRole('a').map((u) => u.id)).toEqual(['u1', 'u3'])
    expect(org.usersWithRole('b').map((u) => u.id)).toEqual(['u1', 'u2'])
    expect(org.usersWithRole('c')).toEqual([])
  })

  it('gives a list of its own each time: changing one changes no later answer', () => {
    const org = orgOf(directory)
    org.usersWithRole('a').pop()
    expect(org.usersWithRole('a').map((u) => u.id)).toEqual(['u1', 'u3'])
  })

  it('answers for the directory it was built from (another directory object, another org)', () => {
    const fewer = { ...directory, users: directory.users.slice(1) }
    expect(
      orgOf(fewer)
        .usersWithRole('a')
        .map((u) => u.id),
    ).toEqual(['u3'])
    expect(
      orgOf(directory)
        .usersWithRole('a')
        .map((u) => u.id),
    ).toEqual(['u1', 'u3'])
  })
})
