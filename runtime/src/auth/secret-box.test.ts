import { describe, expect, it } from 'vitest'
import { seal, unseal } from './secret-box.ts'

const secret = 'server-secret-server-secret-server-secret'

describe('sealed two-factor secrets', () => {
  it('open with the server secret and hide the plain bytes', () => {
    const plain = Buffer.from('12345678901234567890')
    const sealed = seal(secret, plain)
    expect(unseal(secret, sealed)).toEqual(plain)
    expect(sealed).not.toContain(plain.toString('base64url'))
    expect(seal(secret, plain)).not.toBe(sealed)
  })

  it('refuse another server secret and any change to the box', () => {
    const sealed = seal(secret, Buffer.from('12345678901234567890'))
    expect(() => unseal(`${secret}-rotated`, sealed)).toThrow()
    const [version, iv, tag, body = ''] = sealed.split('.')
    const flipped = `${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`
    expect(() => unseal(secret, [version, iv, tag, flipped].join('.'))).toThrow()
    expect(() => unseal(secret, 'not a box')).toThrow()
  })
})
