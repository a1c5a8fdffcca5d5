import { createHmac, randomBytes } from 'node:crypto'

// RFC 6238 time-based one-time passwords as authenticator apps expect them: HMAC-SHA-1, 30-second
// steps, 6 digits, the secret exchanged in base32 (RFC 4648, no padding).

export const totpStepSeconds = 30
export const totpDigits = 6
/** Steps either side of the current one still accepted, for clocks that drift and slow typists. */
export const totpDriftSteps = 1

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function base32Encode(bytes: Buffer): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += base32Alphabet[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += base32Alphabet[(value << (5 - bits)) & 31]
  return out
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase()
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const char of clean) {
    const index = base32Alphabet.indexOf(char)
    if (index < 0) throw new Error('not base32')
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

/** 160 random bits, the key length RFC 4226 recommends for HMAC-SHA-1. */
export function newTotpSecret(): Buffer {
  return randomBytes(20)
}

/** RFC 4226 HOTP: dynamic truncation of HMAC(key, counter) to `digits` decimal digits. */
export function hotp(key: Buffer, counter: number, digits = totpDigits): string {
  const message = Buffer.alloc(8)
  message.writeBigUInt64BE(BigInt(counter))
  const mac = createHmac('sha1', key).update(message).digest()
  const offset = (mac[mac.length - 1] as number) & 0x0f
  const binary = mac.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 10 ** digits).padStart(digits, '0')
}

export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / totpStepSeconds)
}

export function totp(key: Buffer, at: Date, digits = totpDigits): string {
  return hotp(key, totpStep(at), digits)
}

/**
 * The step whose code `code` is, within the drift window around `at`, and after `lastUsedStep`
 * (a code, once used, and every older one are spent); undefined when none matches. Every candidate
 * is compared, so the time taken does not say which one matched.
 */
export function matchTotp(
  key: Buffer,
  code: string,
  at: Date,
  lastUsedStep: number | null,
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined
  const now = totpStep(at)
  let matched: number | undefined
  for (let step = now - totpDriftSteps; step <= now + totpDriftSteps; step++) {
    const fresh = lastUsedStep === null || step > lastUsedStep
    if (hotp(key, step) === code && fresh && matched === undefined) matched = step
  }
  return matched
}

export function otpauthUri(key: Buffer, issuer: string, account: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`
  const query = new URLSearchParams({
    secret: base32Encode(key),
    issuer,
    algorithm: 'SHA1',
    digits: String(totpDigits),
    period: String(totpStepSeconds),
  })
  return `otpauth://totp/${label}?${query}`
}
