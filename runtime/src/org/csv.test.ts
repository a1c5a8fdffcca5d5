import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv.ts'

describe('parseCsv', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['\uFEFFa\n', [['a']]],
    ['"x, y","say ""hi"""\n', [['x, y', 'say "hi"']]],
    ['a,,\n', [['a', '', '']]],
    ['a\n\n\nb\n', [['a'], ['b']]],
    ['"multi\nline",z\n', [['multi\nline', 'z']]],
  ])('parses %j', (text, expected) => {
    expect(parseCsv(text).map((row) => row.cells)).toEqual(expected)
  })

  it('keeps the line each row starts on', () => {
    expect(parseCsv('h\n"a\nb"\n\nc\n').map((row) => row.line)).toEqual([1, 2, 5])
  })
})
