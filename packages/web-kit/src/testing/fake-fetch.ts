import { vi } from 'vitest'

export interface Sent {
  url: string
  method: string
  headers: Headers
  body: unknown
}

export interface Answer {
  status: number
  body?: unknown
  text?: string
  headers?: Record<string, string>
}

/** Stubs fetch: answers each request from the list in turn and remembers what was sent. */
export function fakeFetch(answers: Answer[]): Sent[] {
  const sent: Sent[] = []
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    })
    const answer = answers.shift() ?? { status: 500 }
    const text = answer.text ?? (answer.body === undefined ? null : JSON.stringify(answer.body))
    return new Response(text, { status: answer.status, headers: answer.headers ?? {} })
  })
  return sent
}
