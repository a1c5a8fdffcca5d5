import type { Directory } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { indexDirectory } from './directory-index.ts'
import { directory } from './test-fixtures.ts'

describe('indexDirectory', () => {
  it('measures the longest supervisor chain: clerk → cfo → boss', () => {
    expect(indexDirectory(directory).maxSupervisorLevel).toBe(2)
    expect(indexDirectory(directory).maxDepartmentDepth).toBe(2)
  })

  it('only counts roles that an active member holds', () => {
    const index = indexDirectory(directory)
    expect([...index.heldRoles]).toEqual(['cfo'])
    expect(index.roles.has('auditor')).toBe(true)
  })

  it('skips departments without a head and survives a cycle in bad data', () => {
    const org: Directory = {
      departments: [
        { id: 'a', name: 'A', parentId: 'b', headId: 'boss' },
        { id: 'b', name: 'B', parentId: 'a', headId: null },
        { id: 'c', name: 'C', parentId: 'b', headId: null },
      ],
      roles: [],
      users: [
        { id: 'boss', name: 'Boss', departmentId: 'a', roles: [] },
        { id: 'worker', name: 'Worker', departmentId: 'c', roles: [] },
      ],
    }
    expect(indexDirectory(org).maxSupervisorLevel).toBe(1)
  })
})
