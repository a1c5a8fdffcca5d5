import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'

export interface ServerProcess {
  port: number
  pid: number
  /** Resident set now and at its peak (VmHWM), in bytes, from /proc. */
  memory: () => { rss: number; peak: number }
  stop: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

function procStatusBytes(pid: number, field: string): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((row) => row.startsWith(`${field}:`))
  return line ? Number(line.replace(/\D+/g, '')) * 1024 : Number.NaN
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`)
}

/**
 * A node process running `entry` (TypeScript through tsx, as `pnpm start` does) with the given
 * environment; resolves once `healthPath` answers 200. Its output is discarded.
 */
export async function startServer(options: {
  entry: string
  args?: string[]
  /** Flags for node itself (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
  nodeArgs?: string[]
  env: Record<string, string>
  healthPath: string
  cwd: string
}): Promise<ServerProcess> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', options.entry, ...(options.args ?? [])],
    {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    await waitUntilUp(`http://127.0.0.1:${port}${options.healthPath}`, child, 60_000)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  const pid = child.pid as number
  return {
    port,
    pid,
    memory: () => ({ rss: procStatusBytes(pid, 'VmRSS'), peak: procStatusBytes(pid, 'VmHWM') }),
    stop: async () => {
      child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(killer)
    },
  }
}
