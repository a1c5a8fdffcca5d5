// Request and response bodies of the two-factor routes, spread into the API schemas (api-schemas.ts).

const code = { type: 'string', minLength: 1, maxLength: 32 }
const object = (properties: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
})

export const twoFactorSchemas = {
  TwoFactorCode: object({ code }, ['code']),
  TwoFactorLogin: object({ challenge: { type: 'string', minLength: 1, maxLength: 128 }, code }, [
    'challenge',
    'code',
  ]),
  TwoFactorStatus: object(
    {
      enabled: { type: 'boolean' },
      pending: { type: 'boolean' },
      recoveryCodesLeft: { type: 'integer' },
      required: { type: 'boolean', description: 'the organization requires it of this user (an admin)' },
    },
    ['enabled', 'pending', 'recoveryCodesLeft', 'required'],
  ),
  TwoFactorEnrolment: object(
    {
      secret: { type: 'string', description: 'base32, shown once' },
      otpauthUri: { type: 'string', description: 'otpauth://totp/… for authenticator apps (QR code)' },
    },
    ['secret', 'otpauthUri'],
  ),
  RecoveryCodes: object(
    {
      recoveryCodes: { type: 'array', items: { type: 'string' }, description: 'shown once; each works once' },
    },
    ['recoveryCodes'],
  ),
  TwoFactorPolicy: object({ requireForAdmins: { type: 'boolean' } }, ['requireForAdmins']),
} as const
