import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

// Addresses a webhook must not reach: this host, private networks, link-local (cloud metadata at
// 169.254.169.254 among them), carrier-grade NAT, multicast and the unspecified addresses.
const blocked = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6')
}

export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped) return blocked.check(mapped, 'ipv4')
  const family = isIP(address)
  if (family === 0) return true
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

export type TargetCheck = { ok: true } | { ok: false; reason: string }

export interface ResolvedAddress {
  address: string
  family: number
}

/** Every address a host name resolves to; injected so tests can play a DNS server that changes its answer. */
export type Resolve = (host: string) => Promise<ResolvedAddress[]>

export const systemResolve: Resolve = (host) => lookup(host, { all: true })

export function blockedReason(host: string, address: string | undefined): string {
  return `${host} resolves to a loopback, private, link-local or metadata address (${address})`
}

/**
 * Whether a webhook may be sent to `url`: http(s) only, and every address the host resolves to is
 * public, unless the host is on the admin's allow-list. Checked when a webhook is created and again
 * before every delivery; the delivery's connection checks the address it actually connects to as
 * well (pinned-lookup.ts), because a DNS answer can change between this check and the connect.
 */
export async function checkTarget(
  url: string,
  allowHosts: readonly string[],
  resolve: Resolve = systemResolve,
): Promise<TargetCheck> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, reason: 'not a URL' }
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { ok: false, reason: 'only http and https' }
  if (parsed.username || parsed.password) return { ok: false, reason: 'credentials in the URL' }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  if (allowHosts.includes(host)) return { ok: true }
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await resolve(host)).map((entry) => entry.address)
  } catch {
    return { ok: false, reason: `${host} does not resolve` }
  }
  const bad = addresses.find(isBlockedAddress)
  if (bad !== undefined || addresses.length === 0) return { ok: false, reason: blockedReason(host, bad) }
  return { ok: true }
}
