// The standard formats as ajv-formats checks them ("full" mode): the same functions, so the two agree.
// This module of ajv-formats holds plain functions and regular expressions; it does not load Ajv.
import { fullFormats } from 'ajv-formats/dist/formats.js'
import { chineseFormats } from '../../formats/register.ts'

export interface FormatCheck {
  validate: (text: string) => boolean
  /** Orders two valid values (formatMinimum and the like); undefined when one of them is not valid. */
  compare?: (a: string, b: string) => number | undefined
}

type AjvFormat = RegExp | ((text: string) => boolean) | { validate: unknown; compare?: unknown }

function fromAjv(format: AjvFormat): FormatCheck {
  if (format instanceof RegExp) return { validate: (text) => format.test(text) }
  if (typeof format === 'function') return { validate: format }
  return {
    validate: format.validate as FormatCheck['validate'],
    ...(typeof format.compare === 'function' ? { compare: format.compare as FormatCheck['compare'] } : {}),
  }
}

// Only the formats submission schemas use: another one fails the schema's build, as a new keyword does.
const standard = ['date', 'date-time', 'email'] as const

export const formatChecks: Readonly<Record<string, FormatCheck>> = {
  ...Object.fromEntries(standard.map((name) => [name, fromAjv(fullFormats[name] as AjvFormat)])),
  ...Object.fromEntries(
    Object.entries(chineseFormats).map(([name, validate]) => [name, { validate } satisfies FormatCheck]),
  ),
}

export function formatCheck(name: unknown): FormatCheck {
  const check = typeof name === 'string' && Object.hasOwn(formatChecks, name) ? formatChecks[name] : undefined
  if (!check) throw new Error(`unknown format ${JSON.stringify(name)} in a submission schema`)
  return check
}
