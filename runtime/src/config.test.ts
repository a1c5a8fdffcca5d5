import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, usesDevelopmentSecret } from './config.ts'

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({}, '/srv/signoff')
    expect(config).toMatchObject({
      port: 8787,
      dataDir: '/srv/signoff/data',
      demo: true,
      databaseUrl: undefined,
      poolMax: 10,
      statementTimeoutMs: 30_000,
      schedulerLeaseMs: 60_000,
      timeZone: 'Asia/Shanghai',
      webhookAllowHosts: [],
    })
    expect(usesDevelopmentSecret(config)).toBe(true)
  })

  it('reads the environment', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        SIGNOFF_DATA_DIR: '/var/lib/signoff',
        SIGNOFF_DEMO: '0',
        SIGNOFF_SECRET: 'x'.repeat(40),
        SIGNOFF_TIME_ZONE: 'Europe/Berlin',
        SIGNOFF_WEBHOOK_ALLOW_HOSTS: 'hooks.internal, 10.0.0.5',
        DATABASE_URL: 'postgres://signoff@db.internal:5432/signoff',
        SIGNOFF_DB_POOL_MAX: '20',
        SIGNOFF_DB_STATEMENT_TIMEOUT_MS: '5000',
        SIGNOFF_SCHEDULER_LEASE_MS: '3000',
      },
      '/',
    )
    expect(config).toMatchObject({
      port: 9000,
      dataDir: '/var/lib/signoff',
      demo: false,
      secret: 'x'.repeat(40),
      timeZone: 'Europe/Berlin',
      webhookAllowHosts: ['hooks.internal', '10.0.0.5'],
      databaseUrl: 'postgres://signoff@db.internal:5432/signoff',
      poolMax: 20,
      statementTimeoutMs: 5000,
      schedulerLeaseMs: 3000,
    })
  })

  it.each([
    ['production without a secret', { NODE_ENV: 'production' }],
    ['production with a short secret', { NODE_ENV: 'production', SIGNOFF_SECRET: 'short' }],
    ['a port that is not one', { PORT: 'eighty' }],
    ['a database the runtime cannot use', { DATABASE_URL: 'mysql://localhost/signoff' }],
    ['a pool of one connection', { SIGNOFF_DB_POOL_MAX: '1' }],
    ['a statement timeout that is not a number', { SIGNOFF_DB_STATEMENT_TIMEOUT_MS: 'soon' }],
    ['a time zone that does not exist', { SIGNOFF_TIME_ZONE: 'Mars/Olympus' }],
  ])('refuses to start with %s', (_, env) => {
    expect(() => loadConfig(env, '/')).toThrow(ConfigError)
  })

  it('turns on secure cookies in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', SIGNOFF_SECRET: 's'.repeat(32) }, '/').secureCookies).toBe(
      true,
    )
  })
})
