import { describe, expect, it } from 'vitest'
import { decisionBody } from './decision.ts'

describe('decision bodies', () => {
  it('sends each action what its endpoint reads, blank texts left out', () => {
    expect(decisionBody('approve', { comment: '  ok ' })).toEqual({ comment: 'ok' })
    expect(decisionBody('approve', { comment: '   ' })).toEqual({})
    expect(decisionBody('reject', { reason: '票据不清', reasonCode: 'unclear', comment: 'x' })).toEqual({
      reason: '票据不清',
      reasonCode: 'unclear',
    })
    expect(decisionBody('return', {})).toEqual({})
    expect(decisionBody('transfer', { to: 'wangwu' })).toEqual({ to: 'wangwu' })
    expect(decisionBody('addSigner', { users: ['a', 'b'] })).toEqual({
      users: ['a', 'b'],
      position: 'before',
    })
    expect(decisionBody('addSigner', { users: ['a'], position: 'after', comment: 'pls' })).toEqual({
      users: ['a'],
      position: 'after',
      comment: 'pls',
    })
  })
})
