import { resolve } from 'node:path'
import {
  type DatabaseLocation,
  defaultPoolMax,
  defaultStatementTimeoutMs,
  isPostgresUrl,
} from './db/drivers.ts'
import { minimumAuditRetentionDays } from './ops/retention.ts'

export interface Config extends DatabaseLocation {
  port: number
  dataDir: string
  /** `sqlite:<file>`, or `postgres://…` for PostgreSQL (several processes may share it); else SQLite in dataDir. */
  databaseUrl: string | undefined
  poolMax: number
  statementTimeoutMs: number
  /** PostgreSQL: SIGNOFF_DB_SCHEMA, an existing schema for the tables; else the URL's or the role's search_path. */
  schema: string | undefined
  /** How long a scheduler claim holds before another process may take the row over. */
  schedulerLeaseMs: number
  /** The pause between scheduler passes. */
  schedulerIntervalMs: number
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
  /** SIGNOFF_AUDIT_RETENTION_DAYS: audit rows older than this are purged (at least 180, default 365). */
  auditRetentionDays: number
}

export class ConfigError extends Error {}

const developmentSecret = 'signoff-development-secret-not-for-production'

/** A whole number in [min, max] from the environment, else the fallback; anything else stops the start. */
function integer(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
) {
  const text = env[name]
  if (text === undefined || text === '') return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} ${text} is not a whole number from ${min} to ${max}`)
  return value
}

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
  // The development secret and the demo users' password are published: neither may guard real data.
  if (production && secret === developmentSecret)
    throw new ConfigError('SIGNOFF_SECRET is the published development secret; set your own for production')
  const demo = flag(env.SIGNOFF_DEMO, !production)
  if (production && demo)
    throw new ConfigError(
      'SIGNOFF_DEMO cannot be on when NODE_ENV=production: the demo users share a published password',
    )
  const databaseUrl = env.DATABASE_URL || undefined
  if (databaseUrl && !databaseUrl.startsWith('sqlite:') && !isPostgresUrl(databaseUrl)) {
    throw new ConfigError('DATABASE_URL is sqlite:<file> or postgres://user@host:port/database')
  }
  const schema = env.SIGNOFF_DB_SCHEMA || undefined
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema))
    throw new ConfigError(`SIGNOFF_DB_SCHEMA ${schema} is not a plain identifier`)
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
    // Two at least: start-up holds one connection for its lock while migrating on another.
    poolMax: integer(env, 'SIGNOFF_DB_POOL_MAX', defaultPoolMax, 2, 1000),
    schema,
    statementTimeoutMs: integer(
      env,
      'SIGNOFF_DB_STATEMENT_TIMEOUT_MS',
      defaultStatementTimeoutMs,
      100,
      3_600_000,
    ),
    schedulerLeaseMs: integer(env, 'SIGNOFF_SCHEDULER_LEASE_MS', 60_000, 1_000, 86_400_000),
    schedulerIntervalMs: integer(env, 'SIGNOFF_SCHEDULER_INTERVAL_MS', 2_000, 50, 3_600_000),
    demo,
    secret: secret || developmentSecret,
    secureCookies: flag(env.SIGNOFF_SECURE_COOKIES, production),
    trustProxy: flag(env.SIGNOFF_TRUST_PROXY, false),
    production,
    timeZone,
    webhookAllowHosts: (env.SIGNOFF_WEBHOOK_ALLOW_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ''),
    auditRetentionDays: integer(env, 'SIGNOFF_AUDIT_RETENTION_DAYS', 365, minimumAuditRetentionDays, 36_500),
  }
}

export function usesDevelopmentSecret(config: Config): boolean {
  return config.secret === developmentSecret
}
