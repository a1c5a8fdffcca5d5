import type { LookupFunction } from 'node:net'
import { blockedReason, isBlockedAddress, type Resolve } from './address-guard.ts'

/**
 * A `lookup` for node:http that resolves the host itself and refuses blocked addresses, so the address
 * checked is the address connected to: DNS rebinding (public at check time, 127.0.0.1 at connect time)
 * gets nowhere.
 */
export function pinnedLookup(resolve: Resolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family
        const usable = addresses.filter((entry) => !family || entry.family === family)
        const bad = usable.find((entry) => isBlockedAddress(entry.address))
        const first = usable[0]
        if (bad || !first) {
          const error: NodeJS.ErrnoException = new Error(`refused: ${blockedReason(hostname, bad?.address)}`)
          error.code = 'EADDRBLOCKED'
          callback(error, '')
        } else if (options.all) callback(null, usable)
        else callback(null, first.address, first.family)
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    )
  }
}
