import { describe, expect, it } from 'vitest'
import { isValidBankAccount, normalizeBankAccount } from './bank-account.ts'
import { isCalendarDate } from './calendar.ts'
import { creditCodeCheckCharacter, isValidCreditCode } from './credit-code.ts'
import { idNumberCheckCharacter, isValidIdNumber, normalizeIdNumber } from './id-number.ts'
import { isLandlinePhone, isMobilePhone, isPhone } from './phone.ts'

/** Every string that differs from `s` in exactly one position, by a character of `alphabet`. */
function corruptions(s: string, alphabet: string): string[] {
  const out: string[] = []
  for (let i = 0; i < s.length; i++)
    for (const c of alphabet) if (c !== s[i]) out.push(`${s.slice(0, i)}${c}${s.slice(i + 1)}`)
  return out
}

const creditCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const withCreditCheck = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`
const withIdCheck = (first17: string) => `${first17}${idNumberCheckCharacter(first17)}`

describe('unified social credit code (GB 32100-2015)', () => {
  // Codes printed on real business licences (the last two: 腾讯 Shenzhen, 华为).
  const real = ['91350100M000100Y43', '92330106MA27XK1L0J', '91440300708461136T', '914403001922038216']

  it.each(real)('accepts %s and computes its check character', (code) => {
    expect(isValidCreditCode(code)).toBe(true)
    expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17))
  })

  it.each(real)('rejects every single-character corruption of %s', (code) => {
    const corrupted = corruptions(code, `${creditCharset}IOSVZ`)
    expect(corrupted.length).toBe(18 * 35)
    expect(corrupted.filter(isValidCreditCode)).toEqual([])
  })

  it('gives each of the 31 possible 17th characters its own check character, 0 among them', () => {
    // A remainder of 0 gives 31 − 0 = 31, which must wrap to 0 rather than fall outside the charset.
    const checks = [...creditCharset].map((last) => creditCodeCheckCharacter(`9135010000000010${last}`))
    expect(new Set(checks).size).toBe(31)
    expect(checks).toContain('0')
  })

  it.each([
    ['too short', '91350100M000100Y4'],
    ['too long', '91350100M000100Y433'],
    ['lower case', '91350100m000100y43'],
    ['letter I (not in the charset)', withCreditCheck('91350100M0001I0Y4')],
    ['letter in the region code', withCreditCheck('913501A0M000100Y4')],
    ['unknown registration authority B', withCreditCheck('B1350100M000100Y4')],
    ['type 4 under 工商 (authority 9)', withCreditCheck('94350100M000100Y4')],
    ['type 9 under 工商', withCreditCheck('99350100M000100Y4')],
    ['type 2 under 其他 (Y)', withCreditCheck('Y2350100M000100Y4')],
    ['empty', ''],
  ])('rejects %s', (_, code) => {
    expect(isValidCreditCode(code)).toBe(false)
  })

  it.each([
    '11',
    '12',
    '13',
    '19',
    '21',
    '35',
    '52',
    '53',
    '62',
    '72',
    '81',
    '91',
    '92',
    '93',
    'A1',
    'N3',
    'Y1',
  ])('accepts registration authority and type %s', (head) => {
    expect(isValidCreditCode(withCreditCheck(`${head}110000MA0000012`))).toBe(true)
  })
})

describe('resident ID number (GB 11643-1999)', () => {
  // 11010519491231002X is the example printed in the standard.
  const real = ['11010519491231002X', '330106198805120031', '440308199901010012']

  it.each(real)('accepts %s and computes its check character', (id) => {
    expect(isValidIdNumber(id)).toBe(true)
    expect(idNumberCheckCharacter(id.slice(0, 17))).toBe(id.charAt(17))
  })

  it.each(real)('rejects every single-character corruption of %s', (id) => {
    const corrupted = corruptions(id, '0123456789X')
    expect(corrupted.filter(isValidIdNumber)).toEqual([])
  })

  it('accepts a lower-case x check character and normalises it to X', () => {
    expect(isValidIdNumber('11010519491231002x')).toBe(true)
    expect(normalizeIdNumber('11010519491231002x')).toBe('11010519491231002X')
  })

  it.each([
    ['29 February in a leap year', '110105200002290010', true],
    ['29 February 2024', '110105202402290010', true],
    ['29 February 1900 (not a leap year)', '110105190002290010', false],
    ['29 February 2023', '110105202302290010', false],
    ['30 February', '110105199002300010', false],
    ['month 13', '110105199013010010', false],
    ['day 00', '110105199001000010', false],
    ['born 1899', '110105189912310010', false],
    ['1 January 1900', '110105190001010010', true],
  ])('%s', (_, base, valid) => {
    expect(isValidIdNumber(withIdCheck(base.slice(0, 17)))).toBe(valid)
  })

  it.each([
    ['region starting with 0', withIdCheck('01010519491231002')],
    ['region starting with 9', withIdCheck('91010519491231002')],
    ['15-digit old number', '110105491231002'],
    ['letter inside', withIdCheck('1101051949123100A')],
    ['X in the middle', '1101051949X231002X'],
    ['empty', ''],
  ])('rejects %s', (_, id) => {
    expect(isValidIdNumber(id)).toBe(false)
  })
})

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['20231231', false],
  ])('%s → %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid)
  })
})

describe('mainland phone numbers', () => {
  it.each([
    ['13812345678', true, false],
    ['19912345678', true, false],
    ['12812345678', false, false],
    ['1381234567', false, false],
    ['+8613812345678', false, false],
    ['010-12345678', false, true],
    ['01012345678', false, true],
    ['0755-1234567', false, true],
    ['0755-12345678', false, true],
    ['021-62345678-801', false, true],
    ['12345678', false, false],
    ['0755-0234567', false, false],
    ['0755-123456', false, false],
    ['012-12345678', false, false],
    ['0755-12345678-1234567', false, false],
    ['', false, false],
  ])('%s: mobile %s, landline %s', (s, mobile, landline) => {
    expect(isMobilePhone(s)).toBe(mobile)
    expect(isLandlinePhone(s)).toBe(landline)
    expect(isPhone(s)).toBe(mobile || landline)
  })
})

describe('bank account numbers', () => {
  it.each([
    ['6222021001123456789', true],
    ['6222 0210 0112 3456 789', true],
    ['12345678', true],
    ['1'.repeat(30), true],
    ['1234567', false],
    ['1'.repeat(31), false],
    ['6222  0210', false],
    [' 62220210011', false],
    ['6222-0210-0112', false],
    ['6222O21001123456', false],
  ])('%s → %s', (s, valid) => {
    expect(isValidBankAccount(s)).toBe(valid)
  })

  it('normalises the display spaces away', () => {
    expect(normalizeBankAccount('6222 0210 0112 3456 789')).toBe('6222021001123456789')
  })
})
