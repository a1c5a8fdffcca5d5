import type { Directory } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { idOptions } from './directory-options.ts'

const directory: Directory = {
  departments: [{ id: 'finance', name: '财务部', parentId: null, headId: 'qianqi' }],
  roles: [{ id: 'cfo', name: { 'zh-CN': '财务总监', en: 'CFO' } }],
  users: [
    { id: 'qianqi', name: '钱七', departmentId: 'finance', roles: ['cfo'] },
    { id: 'gone', name: '离职', departmentId: 'finance', roles: [], active: false },
  ],
}

describe('idOptions', () => {
  it('offers active people, departments and roles by name', () => {
    expect(idOptions(directory, 'user', 'zh-CN')).toEqual([{ value: 'qianqi', label: '钱七 (qianqi)' }])
    expect(idOptions(directory, 'department', 'en')).toEqual([{ value: 'finance', label: '财务部' }])
    expect(idOptions(directory, 'role', 'en')).toEqual([{ value: 'cfo', label: 'CFO' }])
    expect(idOptions(undefined, 'role', 'en')).toBeUndefined()
  })
})
