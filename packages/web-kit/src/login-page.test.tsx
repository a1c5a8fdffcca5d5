// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '@signoff/form-renderer/testing/dom-setup'
import { createHttpClient } from './http-client.ts'
import { LoginPage, type LoginTexts } from './login-page.tsx'
import { sessionTextsEn } from './session-texts.ts'
import { fakeFetch } from './testing/fake-fetch.ts'

const texts: LoginTexts = { ...sessionTextsEn, appTitle: 'Signoff' }
const me = { user: { login: 'admin' }, csrfToken: 'csrf-1' }

afterEach(() => {
  vi.unstubAllGlobals()
})

function signInPage() {
  const signedIn = vi.fn()
  render(<LoginPage client={createHttpClient<typeof me>()} texts={texts} onSignedIn={signedIn} />)
  fireEvent.change(screen.getByLabelText(texts.login), { target: { value: 'admin' } })
  fireEvent.change(screen.getByLabelText(texts.password), { target: { value: 'demo1234' } })
  return signedIn
}
const submit = () => fireEvent.click(screen.getByRole('button', { name: texts.signIn }))

describe('LoginPage', () => {
  it('asks for the authenticator code when the password step says so, then signs in with it', async () => {
    const sent = fakeFetch([
      { status: 401, body: { error: { code: 'two_factor_required', message: 'code', challenge: 'ch-1' } } },
      { status: 401, body: { error: { code: 'two_factor_invalid', message: 'wrong' } } },
      { status: 200, body: me },
    ])
    const signedIn = signInPage()
    submit()
    const code = await screen.findByLabelText(texts.twoFactorCode)
    expect(signedIn).not.toHaveBeenCalled()

    fireEvent.change(code, { target: { value: ' 000000 ' } })
    submit()
    expect(await screen.findByText(texts.twoFactorFailed)).toBeTruthy()
    fireEvent.change(code, { target: { value: '123456' } })
    submit()
    await waitFor(() => expect(signedIn).toHaveBeenCalledWith(me))
    expect(sent.map((request) => request.url)).toEqual([
      '/api/v1/auth/login',
      '/api/v1/auth/login/two-factor',
      '/api/v1/auth/login/two-factor',
    ])
    expect(sent[1]?.body).toEqual({ challenge: 'ch-1', code: '000000' })
  })

  it('says so when sign-in is refused, and when there were too many attempts', async () => {
    fakeFetch([
      { status: 401, body: { error: { code: 'unauthenticated', message: 'no' } } },
      { status: 429, body: { error: { code: 'rate_limited', message: 'slow down' } } },
    ])
    const signedIn = signInPage()
    submit()
    expect(await screen.findByText(texts.signInFailed)).toBeTruthy()
    submit()
    expect(await screen.findByText(texts.tooManyAttempts)).toBeTruthy()
    expect(signedIn).not.toHaveBeenCalled()
  })
})
