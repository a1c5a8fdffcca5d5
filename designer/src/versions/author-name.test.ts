import { describe, expect, it } from 'vitest'
import { authorName } from './author-name.ts'

const users = [
  { id: 'admin', login: 'admin', name: '管理员' },
  { id: 'u-zhangsan', login: 'zhangsan', name: '张三' },
]

describe('authorName', () => {
  it('names the author from the directory, not by login or id', () => {
    expect(authorName('u-zhangsan', users, '系统')).toBe('张三')
    expect(authorName('admin', users, '系统')).toBe('管理员')
  })

  it('calls a version without author the system’s and keeps an unknown id readable', () => {
    expect(authorName(null, users, '系统')).toBe('系统')
    expect(authorName('u-gone', users, '系统')).toBe('u-gone')
    expect(authorName('admin', undefined, '系统')).toBe('admin')
  })
})
