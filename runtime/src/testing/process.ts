import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))

export interface RunningServer {
  child: ChildProcess
  base: string
}

/**
 * The real server (`tsx src/main.ts`) on a free port over `dataDir`, with `env` on top (another
 * database, scheduler settings); resolves once it listens.
 */
export function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  // Node itself with tsx's loader, not the tsx CLI: signals reach the server (the CLI relays them
  // with a 30 ms handshake that a loaded machine misses, and SIGKILL would stop only the CLI).
  const child = spawn(process.execPath, ['--import', 'tsx', `${root}runtime/src/main.ts`], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      SIGNOFF_DATA_DIR: dataDir,
      SIGNOFF_DEMO: '1',
      NODE_ENV: 'test',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const port = /listening on http:\/\/localhost:(\d+)/.exec(output)?.[1]
      if (port) {
        clearTimeout(timer)
        child.stdout?.off('data', read)
        child.stdout?.resume()
        resolve({ child, base: `http://127.0.0.1:${port}` })
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)))
  })
}

export function kill(server: RunningServer, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve())
    server.child.kill(signal)
  })
}

export interface Client {
  request: (
    method: string,
    path: string,
    json?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Response>
}

export async function signIn(base: string, login: string): Promise<Client> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'demo1234' }),
  })
  if (response.status !== 200) throw new Error(`sign-in of ${login}: ${response.status}`)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  return {
    request: (method, path, json, headers = {}) =>
      fetch(`${base}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', ...headers },
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      }),
  }
}
