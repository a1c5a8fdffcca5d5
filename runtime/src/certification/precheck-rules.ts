import { isValidBankAccount, isValidCreditCode, isValidIdNumber } from '@signoff/schemas'
import { enterpriseExists, type Finding } from './findings.ts'

/** Which fields the pre-check reads; the template names them in the action's params. */
export interface PrecheckParams {
  nameField: string
  creditCodeField: string
  idNumberField: string
  /** Licences and letters: JPG, PNG or PDF. */
  documents: string[]
  /** ID card photos: JPG or PNG. */
  photos: string[]
  industryField: string
  permitField: string
  bankAccountField?: string
}

export const maxDocumentBytes = 5 * 1024 * 1024
const documentTypes = ['image/jpeg', 'image/png', 'application/pdf']
const photoTypes = ['image/jpeg', 'image/png']

/** Industries that need a permit from their regulator, with the permit's name. */
export const permitsByIndustry: Record<string, { zh: string; en: string }> = {
  education: { zh: '办学许可证', en: 'school operating licence' },
  medical: { zh: '医疗机构执业许可证', en: 'medical institution practising licence' },
  finance: { zh: '金融许可证', en: 'financial licence' },
  construction: { zh: '建筑业企业资质证书', en: 'construction enterprise qualification certificate' },
}

// GB 32100-2015: registration authority, type, 6-digit area code, 9-character organization code, check.
const creditCodeShape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

interface FileValue {
  name?: unknown
  size?: unknown
  mime?: unknown
}

function fileFindings(values: Record<string, unknown>, field: string, types: string[]): Finding[] {
  const files = Array.isArray(values[field]) ? (values[field] as FileValue[]) : []
  if (files.length === 0)
    return [{ code: 'file_missing', field, zh: `缺少文件：${field}`, en: `a file is missing: ${field}` }]
  return files.flatMap((file) => {
    const name = typeof file.name === 'string' ? file.name : field
    const found: Finding[] = []
    if (typeof file.mime !== 'string' || !types.includes(file.mime))
      found.push({
        code: 'file_type',
        field,
        zh: `文件类型不允许：${name}（仅限 ${types.map((t) => t.split('/')[1]?.toUpperCase()).join('、')}）`,
        en: `file type not allowed: ${name} (only ${types.join(', ')})`,
      })
    if (typeof file.size !== 'number' || file.size <= 0 || file.size > maxDocumentBytes)
      found.push({
        code: 'file_size',
        field,
        zh: `文件大小不符合要求：${name}（不超过 5 MB）`,
        en: `file size not allowed: ${name} (at most 5 MB)`,
      })
    return found
  })
}

/** Everything wrong with an application, each problem once; empty when it may go to review. */
export function precheckFindings(
  values: Record<string, unknown>,
  params: PrecheckParams,
  context: { today: string; codeTaken: boolean },
): Finding[] {
  const findings: Finding[] = []
  const code = text(values[params.creditCodeField]).toUpperCase()
  const codeField = params.creditCodeField
  if (!creditCodeShape.test(code))
    findings.push({
      code: 'credit_code_format',
      field: codeField,
      zh: '统一社会信用代码格式不正确（应为 18 位数字或大写字母）',
      en: 'the unified social credit code is not 18 digits or capital letters as GB 32100-2015 requires',
    })
  else if (!isValidCreditCode(code))
    findings.push({
      code: 'credit_code_check',
      field: codeField,
      zh: '统一社会信用代码校验位不正确，请核对营业执照',
      en: 'the unified social credit code’s check character is wrong; check it against the licence',
    })
  else if (context.codeTaken) findings.push({ ...enterpriseExists, field: codeField })
  if (!isValidIdNumber(text(values[params.idNumberField]), { today: context.today }))
    findings.push({
      code: 'id_number_invalid',
      field: params.idNumberField,
      zh: '身份证号码无效（格式、出生日期或校验位不正确）',
      en: 'the ID number is not valid (format, birth date or check digit)',
    })
  for (const field of params.documents) findings.push(...fileFindings(values, field, documentTypes))
  for (const field of params.photos) findings.push(...fileFindings(values, field, photoTypes))
  const permit = permitsByIndustry[text(values[params.industryField])]
  const permits = values[params.permitField]
  if (permit && !(Array.isArray(permits) && permits.length > 0))
    findings.push({
      code: 'permit_missing',
      field: params.permitField,
      zh: `该行业须上传行业许可证（${permit.zh}）`,
      en: `this industry needs its permit (${permit.en})`,
    })
  else if (permit) findings.push(...fileFindings(values, params.permitField, documentTypes))
  if (params.bankAccountField && !isValidBankAccount(text(values[params.bankAccountField])))
    findings.push({
      code: 'bank_account_invalid',
      field: params.bankAccountField,
      zh: '银行账号格式不正确',
      en: 'the bank account number is not valid',
    })
  if (text(values[params.nameField]) === '')
    findings.push({
      code: 'name_missing',
      field: params.nameField,
      zh: '缺少企业名称',
      en: 'the name is missing',
    })
  return findings
}

/** The params the template gives, over defaults that fit the enterprise form. */
export function precheckParams(params: Record<string, unknown> | undefined): PrecheckParams {
  const list = (value: unknown, fallback: string[]) =>
    Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fallback
  const name = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback)
  const bank = params?.bankAccountField
  return {
    nameField: name(params?.nameField, 'enterpriseName'),
    creditCodeField: name(params?.creditCodeField, 'creditCode'),
    idNumberField: name(params?.idNumberField, 'legalRepIdNumber'),
    documents: list(params?.documents, ['businessLicence']),
    photos: list(params?.photos, ['idFront', 'idBack']),
    industryField: name(params?.industryField, 'industry'),
    permitField: name(params?.permitField, 'industryPermit'),
    ...(typeof bank === 'string' ? { bankAccountField: bank } : {}),
  }
}
