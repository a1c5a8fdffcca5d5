/** The account number as stored: the spaces people type to group the digits removed. */
export function normalizeBankAccount(s: string): string {
  return s.replace(/ /g, '')
}

/** 8–30 digits; single spaces between digit groups are accepted because people copy numbers that way. */
export function isValidBankAccount(s: string): boolean {
  return /^\d+( \d+)*$/.test(s) && /^\d{8,30}$/.test(normalizeBankAccount(s))
}
