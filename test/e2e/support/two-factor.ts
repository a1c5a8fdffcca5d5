import { type APIRequestContext, expect, type Page } from '@playwright/test'
import { base32Decode, hotp, totpStep } from '../../../runtime/src/auth/totp.ts'
import { password, snapshot } from './session.ts'

/**
 * An authenticator for one secret: each code is for a later time step than the last one given (the
 * server refuses a code again in its window) and never more than one step ahead of now (its drift).
 */
export function authenticator(secret: string): () => string {
  const key = base32Decode(secret)
  let lastStep = -1
  return () => {
    lastStep = Math.max(totpStep(new Date()), lastStep + 1)
    return hotp(key, lastStep)
  }
}

/** Signs `login` in through the API of a request context; answers the headers its writes need. */
export async function apiSession(request: APIRequestContext, login: string) {
  const me = await (await request.post('/api/v1/auth/login', { data: { login, password } })).json()
  return { 'X-CSRF-Token': me.csrfToken as string }
}

/** Turns two-factor sign-in on through the API; answers the recovery codes and the authenticator's next codes. */
export async function enrolByApi(request: APIRequestContext, headers: Record<string, string>) {
  const { secret } = await (await request.post('/api/v1/auth/two-factor/enrol', { headers })).json()
  const code = authenticator(secret)
  const confirmed = await request.post('/api/v1/auth/two-factor/confirm', { headers, data: { code: code() } })
  if (!confirmed.ok()) throw new Error(`confirming enrolment answered ${confirmed.status()}`)
  const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] }
  return { recoveryCodes, code }
}

/** Screenshots at 1280 and 375 px; at 375 nothing may be wider than the phone. */
export async function bothWidths(page: Page, name: string): Promise<void> {
  await snapshot(page, `${name}-1280`)
  await page.setViewportSize({ width: 375, height: 812 })
  // Polled: the resize reflows after it returns.
  await expect.poll(() => page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375)
  await snapshot(page, `${name}-375`)
  await page.setViewportSize({ width: 1280, height: 800 })
}
