import { describe, expect, it } from 'vitest'
import { checkTarget, isBlockedAddress } from './address-guard.ts'
import { signatureHeader, verifySignature } from './signature.ts'

describe('webhook targets', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.9', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['8.8.8.8', false],
    ['::1', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['2606:4700::1111', false],
  ])('%s blocked: %s', (address, expected) => {
    expect(isBlockedAddress(address)).toBe(expected)
  })

  it.each([
    ['http://127.0.0.1:8080/hook', [], false],
    ['http://[::1]/hook', [], false],
    ['http://169.254.169.254/latest/meta-data', [], false],
    ['http://localhost/hook', [], false],
    ['ftp://8.8.8.8/x', [], false],
    ['https://user:pw@8.8.8.8/x', [], false],
    ['https://8.8.8.8/hook', [], true],
    ['http://127.0.0.1:8080/hook', ['127.0.0.1'], true],
  ])('%s (allow %j) → %s', async (url, allow, ok) => {
    expect((await checkTarget(url, allow)).ok).toBe(ok)
  })
})

describe('webhook signatures', () => {
  const body = '{"event":"approved"}'
  const header = signatureHeader('s3cret', 1_790_000_000, body)

  it('verifies with the same secret, body and a fresh timestamp', () => {
    expect(header).toMatch(/^t=1790000000,v1=[0-9a-f]{64}$/)
    expect(verifySignature('s3cret', header, body, 1_790_000_100)).toBe(true)
  })

  it.each([
    ['another secret', 'other', body, 1_790_000_000],
    ['another body', 's3cret', '{"event":"rejected"}', 1_790_000_000],
    ['an old timestamp', 's3cret', body, 1_790_001_000],
  ])('fails with %s', (_name, secret, text, now) => {
    expect(verifySignature(secret, header, text, now)).toBe(false)
  })
})
