// GB 32100-2015 统一社会信用代码: 1 registration-authority char, 1 type char, 6-digit
// administrative division of the registering office, 9-char organisation code, 1 check char.
const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

// Registration authority (登记管理部门) → the institution type codes it may issue, per the standard's
// code table: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商,
// A 中央军委改革和编制办公室, N 农业, Y 其他.
const typesByAuthority: Readonly<Record<string, string>> = {
  '1': '1239',
  '2': '19',
  '3': '123459',
  '4': '19',
  '5': '1239',
  '6': '129',
  '7': '129',
  '8': '19',
  '9': '123',
  A: '19',
  N: '1239',
  Y: '1',
}

const shape = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/

/** Check character for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += charset.indexOf(first17.charAt(i)) * (weights[i] ?? 0)
  return charset.charAt((31 - (sum % 31)) % 31)
}

export function isValidCreditCode(s: string): boolean {
  if (!shape.test(s)) return false
  const types = typesByAuthority[s.charAt(0)]
  if (!types?.includes(s.charAt(1))) return false
  return creditCodeCheckChar(s.slice(0, 17)) === s.charAt(17)
}
