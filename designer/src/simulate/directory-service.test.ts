import { demoDirectory } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { localDirectoryService } from './directory-service.ts'

const service = localDirectoryService(demoDirectory)

describe('localDirectoryService', () => {
  it('finds members by name or login, with their department as the hint', async () => {
    const byName = await service.search('user', '张三')
    expect(byName).toEqual([expect.objectContaining({ id: 'zhangsan', name: '张三', hint: '品牌组' })])
    expect((await service.search('user', 'LISI')).map((entry) => entry.id)).toEqual(['lisi'])
  })

  it('finds departments and resolves ids to names, keeping unknown ids visible', async () => {
    expect((await service.search('department', '财务')).map((entry) => entry.name)).toEqual(['财务部'])
    expect(await service.resolve('user', ['sunba', 'ghost'])).toEqual([
      expect.objectContaining({ id: 'sunba', name: '孙八' }),
      { id: 'ghost', name: 'ghost' },
    ])
  })

  it('offers no deactivated member', async () => {
    const withLeaver = {
      ...demoDirectory,
      users: demoDirectory.users.map((user) => (user.id === 'lisi' ? { ...user, active: false } : user)),
    }
    expect(await localDirectoryService(withLeaver).search('user', 'lisi')).toEqual([])
  })
})
