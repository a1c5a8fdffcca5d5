import { createServer } from 'node:http'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

// A hello-world server for the framework-overhead comparison: `hono` or `node` (plain node:http).
const port = Number(process.env.PORT)
const body = JSON.stringify({ hello: 'world' })
if (process.argv[2] === 'hono') {
  const app = new Hono()
  app.get('/', (c) => c.json({ hello: 'world' }))
  serve({ fetch: app.fetch, port })
} else {
  createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(body)
  }).listen(port)
}
