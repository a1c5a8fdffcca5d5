import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'

// TOTP secrets must be readable by the server (it computes the codes), so they cannot be hashed like
// passwords; they are sealed with AES-256-GCM under a key derived from the server secret, so a copy
// of the database alone does not yield anyone's second factor.

function keyOf(serverSecret: string): Buffer {
  return createHmac('sha256', serverSecret).update('signoff two-factor secret v1').digest()
}

export function seal(serverSecret: string, plain: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(serverSecret), iv)
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  return ['v1', iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

/** Throws when the box was sealed under another secret or altered. */
export function unseal(serverSecret: string, sealed: string): Buffer {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed secret')
  const decipher = createDecipheriv('aes-256-gcm', keyOf(serverSecret), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()])
}
