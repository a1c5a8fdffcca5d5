import type { Ajv } from 'ajv'
import { isValidBankAccount } from './bank-account.ts'
import { isValidCreditCode } from './credit-code.ts'
import { isValidIdNumber } from './id-number.ts'
import { isLandlinePhone, isMobilePhone, isPhone } from './phone.ts'

/** The check-character formats by the name a schema's `format` uses. */
export const checkCharacterFormats = {
  uscc: isValidCreditCode,
  'prc-id': isValidIdNumber,
  'cn-mobile': isMobilePhone,
  'cn-landline': isLandlinePhone,
  'cn-phone': isPhone,
  'bank-account': isValidBankAccount,
} as const satisfies Record<string, (s: string) => boolean>

export type CheckCharacterFormat = keyof typeof checkCharacterFormats

export function addCheckCharacterFormats(ajv: Pick<Ajv, 'addFormat'>): void {
  for (const [name, validate] of Object.entries(checkCharacterFormats))
    ajv.addFormat(name, { type: 'string', validate })
}
