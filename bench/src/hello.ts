import autocannon from 'autocannon'
import { repositoryRoot } from './http-load.ts'
import { startServer } from './server-process.ts'

export interface HelloRun {
  honoPerSecond: number
  nodePerSecond: number
  ratio: number
}

async function requestsPerSecond(kind: 'hono' | 'node', seconds: number): Promise<number> {
  const server = await startServer({
    entry: 'bench/src/hello-server.ts',
    args: [kind],
    cwd: repositoryRoot,
    env: {},
    healthPath: '/',
  })
  try {
    const url = `http://127.0.0.1:${server.port}/`
    await autocannon({ url, connections: 10, duration: 1 })
    const result = await autocannon({ url, connections: 50, duration: seconds })
    if (result.errors + result.non2xx > 0) throw new Error(`${kind} hello world answered with errors`)
    return result.requests.average
  } finally {
    await server.stop()
  }
}

/** Hono (through @hono/node-server, as the runtime serves) ÷ plain node:http on a hello world; alternated twice. */
export async function hello(seconds = 3): Promise<HelloRun> {
  let hono = 0
  let node = 0
  for (let round = 0; round < 2; round++) {
    node += await requestsPerSecond('node', seconds)
    hono += await requestsPerSecond('hono', seconds)
  }
  return { honoPerSecond: hono / 2, nodePerSecond: node / 2, ratio: hono / node }
}
