import { describe, expect, it } from 'vitest'
import { isValidBankAccount, normalizeBankAccount } from './bank-account.ts'
import { creditCodeCheckChar, isValidCreditCode } from './credit-code.ts'
import { idNumberCheckChar, isValidIdNumber } from './id-number.ts'
import { isLandlinePhone, isMobilePhone, isPhone } from './phone.ts'

const creditCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** Every string that differs from `s` in exactly one character drawn from `alphabet`. */
function corruptions(s: string, alphabet: string): string[] {
  const out: string[] = []
  for (let i = 0; i < s.length; i++)
    for (const c of alphabet) if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1))
  return out
}

// Published codes of real organisations.
const realCreditCodes = [
  '91350100M000100Y43',
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '914403001922038216', // 华为技术有限公司
  '91330100716105852F',
]

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(realCreditCodes)('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true)
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17])
  })

  it.each(realCreditCodes)('rejects every single-character corruption of %s', (code) => {
    const accepted = corruptions(code, creditCharset).filter(isValidCreditCode)
    expect(accepted).toEqual([])
  })

  it.each([
    ['too short', '91350100M000100Y4'],
    ['too long', '91350100M000100Y433'],
    ['lower case', '91350100m000100y43'],
    ['letter I (not in the charset)', '91350100M0001I0Y43'],
    ['letter O', '91350100O00100Y43'],
    ['unknown registration authority B', `B1350100M000100Y4${creditCodeCheckChar('B1350100M000100Y4')}`],
    ['type 4 under 工商 (9)', `94350100M000100Y4${creditCodeCheckChar('94350100M000100Y4')}`],
    ['letter in the division code', `913501A0M000100Y4${creditCodeCheckChar('913501A0M000100Y4')}`],
    ['empty', ''],
  ])('rejects %s', (_, code) => {
    expect(isValidCreditCode(code)).toBe(false)
  })

  it.each(['11', '12', '31', '51', '52', '53', '92', '93', 'A1', 'N2', 'Y1'])(
    'accepts authority and type %s with a fitting check character',
    (head) => {
      const first17 = `${head}110000MA0000012`
      expect(isValidCreditCode(`${first17}${creditCodeCheckChar(first17)}`)).toBe(true)
    },
  )
})

describe('resident ID number (GB 11643-1999)', () => {
  // 11010519491231002X is the example printed in the standard; the others are well-known sample numbers.
  const real = ['11010519491231002X', '11010119900307803X', '440308199901010012']

  it.each(real)('accepts %s', (id) => {
    expect(isValidIdNumber(id)).toBe(true)
  })

  it('computes X for a remainder of 2', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X')
  })

  it.each(real)('rejects every single-character corruption of %s', (id) => {
    expect(corruptions(id, '0123456789X').filter((s) => isValidIdNumber(s))).toEqual([])
  })

  const withCheck = (first17: string) => `${first17}${idNumberCheckChar(first17)}`
  it.each([
    ['lower-case x', '11010519491231002x'],
    ['15-digit old number', '110105491231002'],
    ['30 February', withCheck('11010519900230001')],
    ['month 13', withCheck('11010519901301001')],
    ['born before 1900', withCheck('11010518991231001')],
    ['unknown province 99', withCheck('99010519491231002')],
    ['province 20', withCheck('20010519491231002')],
  ])('rejects %s', (_, id) => {
    expect(isValidIdNumber(id)).toBe(false)
  })

  it('accepts 29 February in a leap year only', () => {
    expect(isValidIdNumber(withCheck('11010520000229001'))).toBe(true)
    expect(isValidIdNumber(withCheck('11010519000229001'))).toBe(false)
  })

  it('rejects a birth date after the given reference day', () => {
    const id = withCheck('11010520300101001')
    expect(isValidIdNumber(id)).toBe(true)
    expect(isValidIdNumber(id, { today: '2026-11-23' })).toBe(false)
    expect(isValidIdNumber(withCheck('11010520261123001'), { today: '2026-11-23' })).toBe(true)
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
    ['6222021234567890123', true],
    ['6222 0212 3456 7890 123', true],
    ['12345678', true],
    ['1234567', false],
    ['1'.repeat(31), false],
    ['6222  0212', false],
    [' 62220212345', false],
    ['6222-0212-3456', false],
    ['6222O21234567890', false],
  ])('%s → %s', (s, valid) => {
    expect(isValidBankAccount(s)).toBe(valid)
  })

  it('normalises the display spaces away', () => {
    expect(normalizeBankAccount('6222 0212 3456 7890 123')).toBe('6222021234567890123')
  })
})
