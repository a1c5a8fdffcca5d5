// GB 32100-2015 统一社会信用代码: registration authority (1 char), institution type (1 char),
// administrative division of the registering office (6 digits), organisation code (9 chars), check char.
const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

// The standard's code table (附录 A): each registration authority issues only these institution types.
// 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商 (1 企业,
// 2 个体工商户, 3 农民专业合作社), A 中央军委改革和编制办公室, N 农业, Y 其他.
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

const shape = /^[0-9A-Z]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/

/** The check character for the first 17 characters of a credit code (which must come from the charset). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += charset.indexOf(first17.charAt(i)) * (weights[i] ?? 0)
  return charset.charAt((31 - (sum % 31)) % 31)
}

/**
 * Whether `s` is a well-formed unified social credit code with the right check character. The
 * organisation-code part is not checked against GB 11714: codes of 个体工商户 often do not satisfy it.
 */
export function isValidCreditCode(s: string): boolean {
  if (!shape.test(s)) return false
  if (!typesByAuthority[s.charAt(0)]?.includes(s.charAt(1))) return false
  return creditCodeCheckCharacter(s.slice(0, 17)) === s.charAt(17)
}
