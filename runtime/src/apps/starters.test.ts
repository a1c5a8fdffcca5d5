import type { Starters } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { departmentAncestry, mayStart } from './starters.ts'

const departments = [
  { id: 'root', parentId: null },
  { id: 'marketing', parentId: 'root' },
  { id: 'brand', parentId: 'marketing' },
  { id: 'rnd', parentId: 'root' },
]

const zhangsan = { id: 'zhangsan', active: true, departmentId: 'brand', roles: ['employee'] }

describe('mayStart', () => {
  it.each<[string, Starters, boolean]>([
    ['everyone', { everyone: true }, true],
    ['listed by user', { users: ['lisi', 'zhangsan'] }, true],
    ['not listed', { users: ['lisi'] }, false],
    ['by role', { roles: ['employee'] }, true],
    ['by another role', { roles: ['cfo'] }, false],
    ['by own department', { departments: ['brand'] }, true],
    ['by a parent department', { departments: ['marketing'] }, true],
    ['by the root', { departments: ['root'] }, true],
    ['by a sibling department', { departments: ['rnd'] }, false],
    ['by any of several lists', { users: ['lisi'], roles: ['cfo'], departments: ['marketing'] }, true],
    ['by empty lists', { users: [] }, false],
  ])('%s', (_, starters, expected) => {
    expect(mayStart(starters, zhangsan, departments)).toBe(expected)
  })

  it('never lets a deactivated person start, even when everyone may', () => {
    expect(mayStart({ everyone: true }, { ...zhangsan, active: false }, departments)).toBe(false)
  })

  it('lets someone outside any department start only by user or role', () => {
    const admin = { id: 'admin', active: true, departmentId: null, roles: ['orgAdmin'] }
    expect(mayStart({ departments: ['root'] }, admin, departments)).toBe(false)
    expect(mayStart({ roles: ['orgAdmin'] }, admin, departments)).toBe(true)
  })
})

describe('departmentAncestry', () => {
  it('walks up to the root and stops at a cycle', () => {
    expect(departmentAncestry('brand', departments)).toEqual(['brand', 'marketing', 'root'])
    const cyclic = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ]
    expect(departmentAncestry('a', cyclic)).toEqual(['a', 'b'])
  })
})
