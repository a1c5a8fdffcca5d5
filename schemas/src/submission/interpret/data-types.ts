/** The value groups Ajv runs keywords in: `any` for every value, the others only for values of the type. */
export type Group = 'any' | 'number' | 'string' | 'array' | 'object'

export const typedGroups = ['number', 'string', 'array', 'object'] as const satisfies readonly Group[]

const isNumber = (data: unknown): data is number => typeof data === 'number' && Number.isFinite(data)

// Ajv's checks with strictNumbers (on under `strict`): NaN and infinities are not numbers.
const typeChecks: Record<string, (data: unknown) => boolean> = {
  null: (data) => data === null,
  boolean: (data) => typeof data === 'boolean',
  string: (data) => typeof data === 'string',
  number: isNumber,
  integer: (data) => isNumber(data) && data % 1 === 0,
  array: (data) => Array.isArray(data),
  object: (data) => typeof data === 'object' && data !== null && !Array.isArray(data),
}

export function typeCheck(type: unknown): (data: unknown) => boolean {
  const check = typeof type === 'string' && Object.hasOwn(typeChecks, type) ? typeChecks[type] : undefined
  if (!check)
    throw new Error(`the schema interpreter knows single JSON types only, not ${JSON.stringify(type)}`)
  return check
}

export const isGroup = (type: string): type is (typeof typedGroups)[number] =>
  (typedGroups as readonly string[]).includes(type)
