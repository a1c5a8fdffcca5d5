import { describe, expect, it } from 'vitest'
import { accepts, sniff } from './content-type.ts'

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(
    values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value])),
  )

describe('content types', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n'), 'x.pdf', 'application/pdf'],
    ['a PNG', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'x.png', 'image/png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'x.jpg', 'image/jpeg'],
    ['a GIF', bytes('GIF89a'), 'x.gif', 'image/gif'],
    ['a WebP', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'x.webp', 'image/webp'],
    [
      'a Word document',
      bytes('PK', 3, 4, 20, 0),
      'x.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['a zip', bytes('PK', 3, 4, 20, 0), 'x.zip', 'application/zip'],
    ['HTML named .pdf', bytes('<html><script>'), 'x.pdf', undefined],
    ['an executable named .png', bytes('MZ', 0x90, 0), 'x.png', undefined],
  ])('%s → %s', (_name, head, name, type) => {
    expect(sniff(head, name)).toBe(type)
  })

  it.each([
    [['application/pdf'], 'application/pdf', 'a.pdf', true],
    [['image/*'], 'image/png', 'a.png', true],
    [['image/*'], 'application/pdf', 'a.pdf', false],
    [['.pdf'], 'application/pdf', 'a.PDF', true],
    [['.pdf'], 'image/png', 'a.pdf', false],
    [['.pdf'], 'application/pdf', 'a.bin', false],
    [['.docx'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a.docx', true],
  ])('accept %j allows %s named %s: %s', (accept, mime, name, expected) => {
    expect(accepts(accept, mime, name)).toBe(expected)
  })
})
