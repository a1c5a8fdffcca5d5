/** One problem the pre-check found, in both languages, at the field it concerns. */
export interface Finding {
  code: string
  field: string
  zh: string
  en: string
}

/** Every finding, numbered, as one reason the applicant reads in the timeline and the returned notice. */
export function findingsText(findings: readonly Finding[]): string {
  return findings.map((f, i) => `${i + 1}. ${f.zh} / ${f.en}`).join('\n')
}

/** The seeds' advice for 企业信息已存在: the code is taken, so look for an old account or ask support to unbind. */
export const enterpriseExists: Omit<Finding, 'field'> = {
  code: 'enterprise_exists',
  zh: '企业信息已存在：该统一社会信用代码已被其他组织认证。请回忆是否曾用其他手机号或账号注册过组织；如需解绑，请联系平台客服并提供营业执照信息，申请查询或解绑；并检查名称、统一社会信用代码等信息是否输入无误。',
  en: 'Enterprise already exists: another organization is already certified with this unified social credit code. Check whether you registered an organization with another phone number or account; to unbind it, contact platform support with your business licence; and check that the name and credit code are entered correctly.',
}
