import { type Shape, valueTypes } from '@signoff/expression'
import type { Field, FieldType } from '@signoff/schemas'
import type { Locale } from '../types.ts'
import { localText } from './text.ts'

/** What a failed check reports, as Ajv gives it for the submission schema. */
export interface CheckError {
  keyword: string
  params: Record<string, unknown>
  schema?: unknown
  data?: unknown
  message?: string
}

type Words = Record<Locale, string>

const formats: Record<string, Words> = {
  uscc: {
    'zh-CN': '请输入有效的 18 位统一社会信用代码',
    en: 'Enter a valid 18-character unified social credit code',
  },
  'prc-id': { 'zh-CN': '请输入有效的 18 位身份证号', en: 'Enter a valid 18-character resident ID number' },
  'cn-phone': {
    'zh-CN': '请输入有效的手机号（如 13812345678）或座机号（如 010-12345678）',
    en: 'Enter a mobile (13812345678) or landline (010-12345678) number',
  },
  'cn-mobile': {
    'zh-CN': '请输入有效的手机号，如 13812345678',
    en: 'Enter a mobile number such as 13812345678',
  },
  'cn-landline': {
    'zh-CN': '请输入带区号的座机号，如 010-12345678',
    en: 'Enter a landline number with its area code, such as 010-12345678',
  },
  'bank-account': {
    'zh-CN': '请输入 8–30 位数字的银行账号',
    en: 'Enter a bank account number of 8–30 digits',
  },
  email: { 'zh-CN': '请输入有效的邮箱地址', en: 'Enter a valid email address' },
  date: { 'zh-CN': '请选择有效的日期', en: 'Choose a valid date' },
  'date-time': { 'zh-CN': '请选择有效的日期和时间', en: 'Choose a valid date and time' },
}

// Counted things are named by how the value is held: rows of a table, uploaded files, or entries.
const nouns: Partial<Record<Shape, Words>> = {
  rows: { 'zh-CN': '行', en: 'row(s)' },
  files: { 'zh-CN': '个文件', en: 'file(s)' },
}
const noun = (field: Field | undefined, locale: Locale) => {
  const shape =
    field && Object.hasOwn(valueTypes, field.type)
      ? valueTypes[field.type as FieldType].shape(field)
      : undefined
  return (shape && nouns[shape]?.[locale]) ?? (locale === 'en' ? 'item(s)' : '项')
}

const pick = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh)
const str = (value: unknown) => String(value)

function dateSpanText(error: CheckError, field: Field | undefined, locale: Locale): string {
  const range = (error.data ?? {}) as { start?: string; end?: string }
  if (range.start && range.end && range.end < range.start)
    return pick(locale, '结束日期不能早于开始日期', 'The end is before the start')
  const maxDays = (field as { maxDays?: number } | undefined)?.maxDays
  if (range.start === range.end)
    return pick(
      locale,
      '同一天不能从下午开始、上午结束',
      'Cannot start in the afternoon and end that morning',
    )
  return pick(locale, `最长 ${maxDays} 天`, `At most ${maxDays} days`)
}

type Describe = (error: CheckError, field: Field | undefined, locale: Locale) => string

const describers: Record<string, Describe> = {
  required: (_, __, l) => pick(l, '此项为必填', 'This field is required'),
  'false schema': (_, __, l) =>
    pick(l, '此项已隐藏，不应填写', 'This field is hidden and must be left empty'),
  additionalProperties: (e, _, l) =>
    pick(l, `表单中没有“${str(e.params.additionalProperty)}”`, 'Unknown field'),
  type: (_, __, l) => pick(l, '格式不正确', 'Not a valid value'),
  format: (e, _, l) =>
    formats[str(e.params.format)]?.[l] ?? pick(l, '格式不正确', 'Does not have the required format'),
  pattern: (_, field, l) => {
    const message = (field as { patternMessage?: Parameters<typeof localText>[0] } | undefined)
      ?.patternMessage
    return message ? localText(message, l) : pick(l, '格式不正确', 'Does not have the required format')
  },
  minLength: (e, _, l) =>
    pick(l, `至少 ${str(e.params.limit)} 个字`, `At least ${str(e.params.limit)} characters`),
  maxLength: (e, _, l) =>
    pick(l, `最多 ${str(e.params.limit)} 个字`, `At most ${str(e.params.limit)} characters`),
  minItems: (e, f, l) =>
    pick(
      l,
      `至少需要 ${str(e.params.limit)} ${noun(f, l)}`,
      `Needs at least ${str(e.params.limit)} ${noun(f, l)}`,
    ),
  maxItems: (e, f, l) =>
    pick(l, `最多 ${str(e.params.limit)} ${noun(f, l)}`, `At most ${str(e.params.limit)} ${noun(f, l)}`),
  minimum: (e, _, l) => pick(l, `不能小于 ${str(e.params.limit)}`, `Must be at least ${str(e.params.limit)}`),
  maximum: (e, _, l) => pick(l, `不能大于 ${str(e.params.limit)}`, `Must be at most ${str(e.params.limit)}`),
  decimalMinimum: (e, _, l) => pick(l, `不能小于 ${str(e.schema)}`, `Must be at least ${str(e.schema)}`),
  decimalMaximum: (e, _, l) => pick(l, `不能大于 ${str(e.schema)}`, `Must be at most ${str(e.schema)}`),
  formatMinimum: (e, _, l) =>
    pick(l, `不能早于 ${str(e.params.limit)}`, `Must be on or after ${str(e.params.limit)}`),
  formatMaximum: (e, _, l) =>
    pick(l, `不能晚于 ${str(e.params.limit)}`, `Must be on or before ${str(e.params.limit)}`),
  decimalPlaces: (e, _, l) =>
    pick(l, `最多 ${str(e.schema)} 位小数`, `At most ${str(e.schema)} decimal places`),
  enum: (_, __, l) => pick(l, '请从选项中选择', 'Choose one of the options'),
  uniqueItems: (_, __, l) => pick(l, '不能重复选择', 'The same entry is listed twice'),
  fileAccept: (e, _, l) =>
    pick(
      l,
      `文件类型不被接受（${(e.schema as string[]).join('、')}）`,
      `Not an accepted file type (${(e.schema as string[]).join(', ')})`,
    ),
  dateSpan: dateSpanText,
}

/** A failed check as a short message in the user's language, shown beside the field it is about. */
export function describeError(error: CheckError, field: Field | undefined, locale: Locale): string {
  const describe = describers[error.keyword]
  return describe ? describe(error, field, locale) : (error.message ?? pick(locale, '无效', 'Not valid'))
}
