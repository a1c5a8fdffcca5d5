import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeText, encodeText } from './postgres-text.ts'

const hostile = ['\u0000', '\uFFFF', '\\', 'u', '0', '\\u0000', '"', 'a']

describe('the PostgreSQL text encoding', () => {
  it('gives back every string it encodes, with no U+0000 in what it stores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...hostile)).map((parts) => parts.join('')),
        (text) => {
          const encoded = encodeText(text)
          expect(decodeText(encoded)).toBe(text)
          expect(encoded).not.toContain('\u0000')
        },
      ),
    )
  })

  it('keeps JSON valid and free of the \\u0000 escape jsonb refuses; decoded, it parses to the original', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.array(fc.constantFrom(...hostile)).map((parts) => parts.join('')),
        (value, text) => {
          const json = JSON.stringify({ value, text })
          const encoded = encodeText(json)
          expect(() => JSON.parse(encoded)).not.toThrow()
          expect(encoded).not.toMatch(/(^|[^\\])(\\\\)*\\u0000/)
          expect(JSON.parse(decodeText(encoded))).toEqual(JSON.parse(json))
        },
      ),
    )
  })

  it('leaves ordinary text alone', () => {
    expect(encodeText('申请人 zhangsan \\n')).toBe('申请人 zhangsan \\n')
  })
})
