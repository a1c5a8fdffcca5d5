import { demoDirectory } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { successorOf } from './reassign-tasks.ts'

const without = (inactive: string[]) => ({
  ...demoDirectory,
  users: demoDirectory.users.map((user) => (inactive.includes(user.id) ? { ...user, active: false } : user)),
})

describe('successorOf', () => {
  it.each([
    ['zhangsan', [], 'lisi'],
    ['lisi', [], 'wangwu'],
    ['wangwu', [], 'sunba'],
    ['zhangsan', ['lisi'], 'wangwu'],
    ['sunba', [], 'admin'],
    ['qianqi', ['sunba'], 'admin'],
  ])('%s leaving (inactive: %j) hands over to %s', (leaver, inactive, expected) => {
    expect(successorOf(without(inactive as string[]), leaver)).toBe(expected)
  })
})
