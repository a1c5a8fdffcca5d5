import { createApp } from '../../runtime/src/app.ts'
import type { Deps } from '../../runtime/src/deps.ts'

export type Client = (path: string) => Promise<{ status: number; body: unknown }>

/** The runtime's HTTP app called in-process (no socket), signed in as `login`. */
export async function inProcessClients(deps: Deps, logins: readonly string[]): Promise<Map<string, Client>> {
  const { app } = createApp(deps)
  const clients = new Map<string, Client>()
  for (const login of logins) {
    const response = await app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
      body: JSON.stringify({ login, password: 'demo1234', tenant: 'demo' }),
    })
    if (response.status !== 200) throw new Error(`sign-in of ${login}: ${response.status}`)
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    clients.set(login, async (path) => {
      const answer = await app.request(path, { headers: { cookie } })
      return { status: answer.status, body: await answer.json() }
    })
  }
  return clients
}
