import { describe, expect, it } from 'vitest'
import type { Department, User } from '../api/types.ts'
import { departmentChain, initiatorOf, resolveDirectory, searchDirectory } from './directory-search.ts'

const departments: Department[] = [
  { id: 'root', name: '示例科技', parentId: null, headId: 'sunba' },
  { id: 'market', name: '市场部', parentId: 'root', headId: 'wangwu' },
  { id: 'brand', name: '品牌组', parentId: 'market', headId: 'lisi' },
]
const user = (id: string, name: string, departmentId: string | null, over: Partial<User> = {}): User => ({
  id,
  login: id,
  name,
  departmentId,
  roles: [],
  active: true,
  ...over,
})
const users = [
  user('zhangsan', '张三', 'brand', { roles: ['employee'] }),
  user('lisi', '李四', 'brand'),
  user('gone', '离职者', 'brand', { active: false }),
]

describe('directory search', () => {
  it('walks a department up to the root', () => {
    expect(departmentChain(departments, 'brand')).toEqual(['brand', 'market', 'root'])
    expect(departmentChain(departments, null)).toEqual([])
    const loop = [
      { id: 'a', name: 'A', parentId: 'b', headId: null },
      { id: 'b', name: 'B', parentId: 'a', headId: null },
    ]
    expect(departmentChain(loop, 'a')).toEqual(['a', 'b'])
  })

  it('tells conditions who the initiator is', () => {
    expect(initiatorOf(users[0] as User, departments)).toEqual({
      id: 'zhangsan',
      department: 'brand',
      departments: ['brand', 'market', 'root'],
      roles: ['employee'],
    })
  })

  it('finds active members by name or login, with their department', () => {
    expect(searchDirectory(users, departments, 'user', '张')).toEqual([
      { id: 'zhangsan', name: '张三', hint: '品牌组' },
    ])
    expect(searchDirectory(users, departments, 'user', 'LISI').map((e) => e.id)).toEqual(['lisi'])
    expect(searchDirectory(users, departments, 'user', '离职')).toEqual([])
    expect(searchDirectory(users, departments, 'user', '', 1)).toHaveLength(1)
    expect(searchDirectory(users, departments, 'department', '市场').map((e) => e.id)).toEqual(['market'])
  })

  it('names chosen ids', () => {
    expect(resolveDirectory(users, departments, 'user', ['lisi', 'x'])).toEqual([
      { id: 'lisi', name: '李四' },
      { id: 'x', name: 'x' },
    ])
    expect(resolveDirectory(users, departments, 'department', ['brand'])).toEqual([
      { id: 'brand', name: '品牌组' },
    ])
  })
})
