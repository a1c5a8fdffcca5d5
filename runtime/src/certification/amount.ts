import { randomInt } from 'node:crypto'

/** A uniformly random amount from 0.01 to 1.00 CNY as exact decimal text, from the system's CSPRNG. */
export function randomDepositAmount(): string {
  const cents = randomInt(1, 101)
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}
