import { describe, expect, it } from 'vitest'
import { canonicalJson, contentHash } from './content-hash.ts'

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [{ d: 2, c: null }] }, '{"a":[{"c":null,"d":2}],"b":1}'],
    [{ 'zh-CN': '请假', en: 'Leave' }, '{"en":"Leave","zh-CN":"请假"}'],
    [{ a: undefined, b: 'x' }, '{"b":"x"}'],
    [[1, 'two', true, null], '[1,"two",true,null]'],
    ['quote " and \\', '"quote \\" and \\\\"'],
  ])('%j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected)
  })
})

describe('contentHash', () => {
  it('is the SHA-256 of the canonical form: key order does not matter, content does', () => {
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }))
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }))
    // sha256('{}')
    expect(contentHash({})).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a')
  })
})
