import { describe, expect, it } from 'vitest'
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totp, totpStep } from './totp.ts'

// RFC 6238 appendix B, SHA-1 rows: the 20-byte ASCII key "12345678901234567890", 8 digits.
const rfcKey = Buffer.from('12345678901234567890', 'ascii')
const rfcVectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
]

describe('TOTP (RFC 6238)', () => {
  it.each(rfcVectors)('gives the RFC 6238 code at T=%i', (seconds, code) => {
    expect(totp(rfcKey, new Date(seconds * 1000), 8)).toBe(code)
  })

  it('gives the RFC 4226 HOTP codes (appendix D) for the first counters', () => {
    const codes = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583']
    expect(codes.map((_, counter) => hotp(rfcKey, counter))).toEqual(codes)
  })

  it('round-trips base32 and matches the RFC 4648 examples', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI')
    expect(base32Decode('MZXW6YTBOI======').toString()).toBe('foobar')
    expect(base32Decode(base32Encode(rfcKey))).toEqual(rfcKey)
    expect(() => base32Decode('not base32!')).toThrow()
  })

  it('accepts the current step and one either side, never an older or newer one', () => {
    const at = new Date(1_800_000_000_000)
    const step = totpStep(at)
    const codeAt = (offset: number) => hotp(rfcKey, step + offset)
    expect(matchTotp(rfcKey, codeAt(0), at, null)).toBe(step)
    expect(matchTotp(rfcKey, codeAt(-1), at, null)).toBe(step - 1)
    expect(matchTotp(rfcKey, codeAt(1), at, null)).toBe(step + 1)
    expect(matchTotp(rfcKey, codeAt(-2), at, null)).toBeUndefined()
    expect(matchTotp(rfcKey, codeAt(2), at, null)).toBeUndefined()
  })

  it('refuses a spent step and anything but six digits', () => {
    const at = new Date(1_800_000_000_000)
    const step = totpStep(at)
    expect(matchTotp(rfcKey, hotp(rfcKey, step), at, step)).toBeUndefined()
    expect(matchTotp(rfcKey, hotp(rfcKey, step - 1), at, step - 1 - 1)).toBe(step - 1)
    for (const code of ['', '12345', '1234567', '12345a', ' 123456'])
      expect(matchTotp(rfcKey, code, at, null)).toBeUndefined()
  })

  it('writes the otpauth URI authenticator apps read', () => {
    const uri = otpauthUri(Buffer.from('foobar'), 'Signoff 演示', 'admin')
    expect(uri).toBe(
      'otpauth://totp/Signoff%20%E6%BC%94%E7%A4%BA:admin?secret=MZXW6YTBOI&issuer=Signoff+%E6%BC%94%E7%A4%BA&algorithm=SHA1&digits=6&period=30',
    )
  })
})
