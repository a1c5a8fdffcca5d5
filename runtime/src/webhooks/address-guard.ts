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

/** The 16 bytes of an IPv6 address (isIP already said it is one). */
function ipv6Bytes(address: string): number[] {
  let text = address
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const groups = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16))
  const left = groups(head)
  const right = tail === undefined ? [] : groups(tail)
  const all = [...left, ...Array(8 - left.length - right.length).fill(0), ...right]
  return all.flatMap((group) => [group >> 8, group & 255])
}

// IPv6 forms that carry an IPv4 address and may be translated to it on the way: IPv4-mapped and
// IPv4-compatible (::/96), NAT64 (64:ff9b::/96) and 6to4 (2002::/16). Judged by that IPv4 address.
function embeddedIpv4(address: string): string | undefined {
  const bytes = ipv6Bytes(address)
  const zero = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0)
  const quad = (at: number) => bytes.slice(at, at + 4).join('.')
  if (zero(0, 10) && ((bytes[10] === 0xff && bytes[11] === 0xff) || zero(10, 12))) return quad(12)
  if (bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zero(4, 12))
    return quad(12)
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return quad(2)
  return undefined
}

export function isBlockedAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return true
  if (family === 4) return blocked.check(address, 'ipv4')
  const inner = embeddedIpv4(address)
  return blocked.check(address, 'ipv6') || (inner !== undefined && blocked.check(inner, 'ipv4'))
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
