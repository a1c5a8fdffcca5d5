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
    })
  })

  it.each([
    ['production without a secret', { NODE_ENV: 'production' }],
    ['production with a short secret', { NODE_ENV: 'production', SIGNOFF_SECRET: 'short' }],
    ['a port that is not one', { PORT: 'eighty' }],
    ['a database the runtime cannot use yet', { DATABASE_URL: 'postgres://localhost/signoff' }],
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
