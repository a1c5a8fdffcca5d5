import { creditCodeCheckChar, idNumberCheckChar } from '@signoff/schemas'
import { sampleSubmissions } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { precheckFindings, precheckParams } from './precheck-rules.ts'

const enterprise = () =>
  structuredClone(sampleSubmissions['enterprise-certification'].values) as Record<string, unknown>
const params = precheckParams({
  idNumberField: 'legalRepIdNumber',
  documents: ['businessLicence', 'accountProof'],
  photos: ['idFront', 'idBack'],
  bankAccountField: 'bankAccountNumber',
})
const context = { today: '2026-11-23', codeTaken: false }
const codes = (values: Record<string, unknown>, taken = false) =>
  precheckFindings(values, params, { ...context, codeTaken: taken }).map((f) => f.code)

// Codes and ID numbers with correct check characters (the templates' samples and GB 11643's own example).
const creditCodes = ['91350100M000100Y43', '92330106MA27XK1L0J']
const idNumbers = ['11010519491231002X', '330106198805120031']

// Unified social credit codes as their organizations publish them on their licences.
const publishedCreditCodes = [
  '914403001922038216', // 华为技术有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '91110000802100433B', // 北京百度网讯科技有限公司
  '91110000710926094P', // 中国石油化工股份有限公司
  '91440300192317458F', // 比亚迪股份有限公司
]
// GB 11643-1999's worked example, and a widely used test number (its other example, 440524188001010014,
// is born in 1880: the pre-check refuses birth years before 1900 for a living representative).
const standardIdNumbers = ['11010519491231002X', '11010119900307803X']

/** Every string that differs from `value` in exactly one position, by a character of the alphabet. */
function everyCorruption(value: string, alphabet: string): string[] {
  return [...value].flatMap((kept, i) =>
    [...alphabet].filter((c) => c !== kept).map((c) => value.slice(0, i) + c + value.slice(i + 1)),
  )
}

/** Every single-character change of the last (check) character that the alphabet allows. */
function corruptions(value: string, alphabet: string): string[] {
  return [...alphabet].filter((c) => c !== value.at(-1)).map((c) => value.slice(0, -1) + c)
}

describe('the certification pre-check', () => {
  it('passes the sample application', () => {
    expect(codes(enterprise())).toEqual([])
  })

  it.each(creditCodes)('accepts the credit code %s and refuses every other check character', (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code.at(-1))
    expect(codes({ ...enterprise(), creditCode: code })).toEqual([])
    for (const wrong of corruptions(code, '0123456789ABCDEFGHJKLMNPQRTUWXY'))
      expect(codes({ ...enterprise(), creditCode: wrong })).toEqual(['credit_code_check'])
  })

  it.each(idNumbers)('accepts the ID number %s and refuses every other check digit', (id) => {
    expect(idNumberCheckChar(id.slice(0, 17))).toBe(id.at(-1))
    expect(codes({ ...enterprise(), legalRepIdNumber: id })).toEqual([])
    for (const wrong of corruptions(id, '0123456789X'))
      expect(codes({ ...enterprise(), legalRepIdNumber: wrong })).toEqual(['id_number_invalid'])
  })

  it('lists every finding at once, each at its field', () => {
    const values = {
      ...enterprise(),
      creditCode: '91350100M000100Y4',
      legalRepIdNumber: '110105194912310021',
      industry: 'medical',
      idBack: [],
      businessLicence: [{ id: 'f', name: '执照.docx', size: 6 * 1024 * 1024, mime: 'application/msword' }],
      bankAccountNumber: '12-34',
    }
    const findings = precheckFindings(values, params, context)
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['credit_code_format', 'creditCode'],
      ['id_number_invalid', 'legalRepIdNumber'],
      ['file_type', 'businessLicence'],
      ['file_size', 'businessLicence'],
      ['file_missing', 'idBack'],
      ['permit_missing', 'industryPermit'],
      ['bank_account_invalid', 'bankAccountNumber'],
    ])
    expect(findings.find((f) => f.code === 'permit_missing')?.zh).toContain('医疗机构执业许可证')
  })

  it('needs the permit of each regulated industry, and takes one that is there', () => {
    for (const industry of ['education', 'medical', 'finance', 'construction'])
      expect(codes({ ...enterprise(), industry })).toEqual(['permit_missing'])
    const permit = [{ id: 'p', name: '办学许可证.pdf', size: 1000, mime: 'application/pdf' }]
    expect(codes({ ...enterprise(), industry: 'education', industryPermit: permit })).toEqual([])
    expect(codes({ ...enterprise(), industry: 'it' })).toEqual([])
  })

  it('refuses a code another organization holds with 企业信息已存在 and how to unbind it', () => {
    const [finding] = precheckFindings(enterprise(), params, { ...context, codeTaken: true })
    expect(finding?.code).toBe('enterprise_exists')
    expect(finding?.zh).toContain('企业信息已存在')
    expect(finding?.zh).toContain('解绑')
    expect(finding?.en).toContain('Enterprise already exists')
  })

  it.each(publishedCreditCodes)(
    'passes the published code %s and fails each of its single-character corruptions',
    (code) => {
      expect(codes({ ...enterprise(), creditCode: code })).toEqual([])
      for (const wrong of everyCorruption(code, '0123456789ABCDEFGHJKLMNPQRTUWXY'))
        expect(codes({ ...enterprise(), creditCode: wrong }), wrong).not.toEqual([])
    },
  )

  it.each(standardIdNumbers)(
    'passes GB 11643’s %s and fails each of its single-character corruptions',
    (id) => {
      expect(codes({ ...enterprise(), legalRepIdNumber: id })).toEqual([])
      for (const wrong of everyCorruption(id, '0123456789X'))
        expect(codes({ ...enterprise(), legalRepIdNumber: wrong }), wrong).toEqual(['id_number_invalid'])
    },
  )

  it('refuses an ID number whose birth date is after today', () => {
    expect(codes({ ...enterprise(), legalRepIdNumber: '110105202712310014' })).toEqual(['id_number_invalid'])
  })
})
