import { resolve } from 'node:path'

export interface Config {
  port: number
  dataDir: string
  /** Only the embedded SQLite database exists so far; a postgres:// URL is refused until that dialect lands. */
  databaseUrl: string | undefined
  demo: boolean
  secret: string
  /** Cookies carry Secure: on in production, where the server sits behind TLS. */
  secureCookies: boolean
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean
  production: boolean
  /** IANA time zone of the organization: the date in serial numbers. */
  timeZone: string
  /** SIGNOFF_WEBHOOK_ALLOW_HOSTS: hosts webhooks may reach although they are loopback or private. */
  webhookAllowHosts: string[]
}

export class ConfigError extends Error {}

const developmentSecret = 'signoff-development-secret-not-for-production'

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase())
}

/** Reads the environment once at start; invalid settings stop the server rather than run it half-configured. */
export function loadConfig(env: Record<string, string | undefined>, cwd: string): Config {
  const production = env.NODE_ENV === 'production'
  const port = Number(env.PORT ?? '8787')
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT ${env.PORT} is not a port`)
  const secret = env.SIGNOFF_SECRET ?? ''
  if (production && secret.length < 32) {
    throw new ConfigError('SIGNOFF_SECRET (at least 32 characters) is required when NODE_ENV=production')
  }
  const databaseUrl = env.DATABASE_URL || undefined
  if (databaseUrl && !databaseUrl.startsWith('sqlite:')) {
    throw new ConfigError('DATABASE_URL: only the embedded SQLite database is supported so far')
  }
  const timeZone = env.SIGNOFF_TIME_ZONE || 'Asia/Shanghai'
  try {
    new Intl.DateTimeFormat('en', { timeZone })
  } catch {
    throw new ConfigError(`SIGNOFF_TIME_ZONE ${timeZone} is not an IANA time zone`)
  }
  return {
    port,
    dataDir: resolve(cwd, env.SIGNOFF_DATA_DIR ?? './data'),
    databaseUrl,
    demo: flag(env.SIGNOFF_DEMO, true),
    secret: secret || developmentSecret,
    secureCookies: flag(env.SIGNOFF_SECURE_COOKIES, production),
    trustProxy: flag(env.SIGNOFF_TRUST_PROXY, false),
    production,
    timeZone,
    webhookAllowHosts: (env.SIGNOFF_WEBHOOK_ALLOW_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ''),
  }
}

export function usesDevelopmentSecret(config: Config): boolean {
  return config.secret === developmentSecret
}
