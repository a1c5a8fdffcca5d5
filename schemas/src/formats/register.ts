import type { Ajv2020 } from 'ajv/dist/2020.js'
import { isValidBankAccount } from './bank-account.ts'
import { isValidCreditCode } from './credit-code.ts'
import { isValidIdNumber } from './id-number.ts'
import { isLandlinePhone, isMobilePhone, isPhone } from './phone.ts'

/** The Chinese formats, by the name a schema's `format` uses. */
export const chineseFormats = {
  uscc: isValidCreditCode,
  'prc-id': (s: string) => isValidIdNumber(s),
  'cn-phone': isPhone,
  'cn-mobile': isMobilePhone,
  'cn-landline': isLandlinePhone,
  'bank-account': isValidBankAccount,
} as const satisfies Record<string, (s: string) => boolean>

export type ChineseFormat = keyof typeof chineseFormats

export function addChineseFormats(ajv: Pick<Ajv2020, 'addFormat'>): void {
  for (const [name, validate] of Object.entries(chineseFormats))
    ajv.addFormat(name, { type: 'string', validate })
}
