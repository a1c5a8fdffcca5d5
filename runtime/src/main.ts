import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { createApp } from './app.ts'
import { argon2Hasher } from './auth/password.ts'
import { certificationBuiltins } from './certification/registry.ts'
import { ConfigError, loadConfig, usesDevelopmentSecret } from './config.ts'
import { openDatabase } from './db/database.ts'
import { exclusively } from './db/dialect.ts'
import { describeLocation } from './db/drivers.ts'
import { migrateToLatest } from './db/migrations/index.ts'
import { type Deps, defaultLoginLimit } from './deps.ts'
import { createScheduler } from './scheduler/scheduler.ts'
import { demoPassword, seedDemo } from './seed/demo.ts'
import { serveWebApps } from './web/serve-web-apps.ts'

function log(entry: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`)
}

async function start(): Promise<void> {
  const config = loadConfig(process.env, process.cwd())
  if (usesDevelopmentSecret(config))
    log({ level: 'warn', message: 'SIGNOFF_SECRET is not set; using a development secret' })
  const db = openDatabase(config)
  // Several processes may start at once on one PostgreSQL: one migrates and seeds, the others wait
  // and then find the work done.
  const logins = await exclusively(db, 'start-up', async () => {
    await migrateToLatest(db)
    return config.demo ? await seedDemo(db, argon2Hasher, new Date()) : []
  })
  log({ level: 'info', message: 'database ready', database: describeLocation(config) })

  if (logins.length > 0) {
    console.log(`\nDemo data created. Every demo user's password is ${demoPassword}:`)
    for (const login of logins) {
      console.log(
        `  ${login.tenant.padEnd(9)} ${login.login.padEnd(10)} ${login.name}  ${login.roles.join(', ')}`,
      )
    }
    console.log(
      '  (sign in with {"login", "password", "tenant"}; tenant may be left out when the login is unique)\n',
    )
  }

  const clientIp = (c: Context): string => {
    if (config.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
      if (forwarded) return forwarded
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown'
    } catch {
      return 'unknown'
    }
  }

  const deps: Deps = {
    db,
    hasher: argon2Hasher,
    now: () => new Date(),
    secret: config.secret,
    secureCookies: config.secureCookies,
    clientIp,
    loginLimit: defaultLoginLimit,
    sessionHours: 12,
    maxBodyBytes: 2 * 1024 * 1024,
    timeZone: config.timeZone,
    webhookAllowHosts: config.webhookAllowHosts,
    attachmentsDir: join(config.dataDir, 'attachments'),
    log,
  }
  const { app } = createApp(deps)
  serveWebApps(app, log)
  // Timers due while the server was down fire on the first pass.
  const scheduler = createScheduler(deps, {
    builtins: certificationBuiltins(deps),
    leaseMs: config.schedulerLeaseMs,
    intervalMs: config.schedulerIntervalMs,
    batch: 50,
    auditRetention: { days: config.auditRetentionDays, everyMs: 60 * 60 * 1000 },
  })
  scheduler.start()

  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    log({ level: 'info', message: `Signoff listening on http://localhost:${info.port}` })
  })

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    log({ level: 'info', message: `${signal}: finishing open requests` })
    // No new scheduler pass from now on; the one under way finishes before the database closes.
    const schedulerStopped = scheduler.stop()
    server.close(async () => {
      await schedulerStopped
      await db.destroy()
      log({ level: 'info', message: 'stopped' })
      process.exit(0)
    })
    // Idle keep-alive connections would hold close() open; busy ones get ten seconds.
    if ('closeIdleConnections' in server) server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`)
  else console.error(error)
  process.exit(1)
})
