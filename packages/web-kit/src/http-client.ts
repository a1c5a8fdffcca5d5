/** The error body every API answer carries on failure; apps extend it with what their calls add. */
export interface ErrorBody {
  code: string
  message: string
  path?: string
}

export class ApiError<Body extends ErrorBody = ErrorBody> extends Error {
  constructor(
    readonly status: number,
    readonly body: Body,
  ) {
    super(body.message)
  }
}

/** Who signed in, as `/me` and the sign-in steps answer: at least the CSRF token of the session. */
export interface SignedIn {
  csrfToken: string
}

export interface HttpClient<Me extends SignedIn> {
  /** A JSON call under /api/v1: the CSRF header on writes, the parsed body, an ApiError on failure. */
  call<T>(path: string, init?: RequestInit): Promise<{ body: T; response: Response }>
  csrfHeaders(): Record<string, string>
  signIn(login: string, password: string, tenant?: string): Promise<Me>
  /** The second sign-in step: the challenge the password step answered with, and the code. */
  sendTwoFactorCode(challenge: string, code: string): Promise<Me>
  me(): Promise<Me>
  signOut(): Promise<void>
  /**
   * Who hears that the organization requires two-factor sign-in of this admin and they have not
   * enrolled (every other call answers 403 two_factor_enrolment_required until they do).
   */
  whenEnrolmentRequired(listener: (() => void) | null): void
}

const base = '/api/v1'

/**
 * The session part of an app's API client. `error` builds the app's own ApiError subclass, so the
 * body of a failure is typed with what that app's calls can answer.
 */
export function createHttpClient<Me extends SignedIn>(
  error: (status: number, body: ErrorBody) => ApiError = (status, body) => new ApiError(status, body),
): HttpClient<Me> {
  let csrfToken: string | null = null
  let onEnrolmentRequired: (() => void) | null = null

  async function call<T>(path: string, init: RequestInit = {}): Promise<{ body: T; response: Response }> {
    const headers = new Headers(init.headers)
    if (typeof init.body === 'string' && !headers.has('Content-Type'))
      headers.set('Content-Type', 'application/json')
    if (csrfToken && init.method && init.method !== 'GET') headers.set('X-CSRF-Token', csrfToken)
    const response = await fetch(`${base}${path}`, { ...init, headers, credentials: 'same-origin' })
    const text = await response.text()
    let parsed: unknown
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // A proxy's HTML error page: the status still says what happened.
      parsed = undefined
    }
    if (!response.ok) {
      const body = (parsed as { error?: ErrorBody } | undefined)?.error
      if (body?.code === 'two_factor_enrolment_required') onEnrolmentRequired?.()
      throw error(response.status, body ?? { code: 'http_error', message: response.statusText })
    }
    return { body: parsed as T, response }
  }

  async function session(path: string, init?: RequestInit): Promise<Me> {
    const { body } = await call<Me>(path, init)
    csrfToken = body.csrfToken
    return body
  }
  const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) })

  return {
    call,
    csrfHeaders: (): Record<string, string> => (csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
    signIn: (login, password, tenant) =>
      session('/auth/login', post({ login, password, ...(tenant ? { tenant } : {}) })),
    sendTwoFactorCode: (challenge, code) => session('/auth/login/two-factor', post({ challenge, code })),
    me: () => session('/me'),
    async signOut() {
      await call('/auth/logout', { method: 'POST' })
      csrfToken = null
    },
    whenEnrolmentRequired(listener) {
      onEnrolmentRequired = listener
    },
  }
}
