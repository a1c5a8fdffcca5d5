import { describe, expect, it } from 'vitest'
import { fileIdsIn } from './file-ids.ts'

const file = (id: string) => ({ id, name: `${id}.png`, size: 10, mime: 'image/png' })

describe('fileIdsIn', () => {
  it('finds files in fields, lists and detail rows, and nothing else', () => {
    const values = {
      licence: [file('att_1')],
      legalId: { front: file('att_2') },
      items: [{ receipt: [file('att_3')], amount: '12.00' }, { receipt: [] }],
      note: 'att_4',
      owner: { id: 'u_1', name: '张三' },
    }
    expect([...fileIdsIn(values)].sort()).toEqual(['att_1', 'att_2', 'att_3'])
  })
})
