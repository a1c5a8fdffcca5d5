export class DecimalError extends Error {
  override name = 'DecimalError'
}

export type RoundingMode = 'halfUp' | 'halfEven' | 'down' | 'up'

// Beyond this a value is not money or a count a person typed: refusing it keeps BigInt work bounded.
const maxDigits = 40
const textPattern = /^([+-])?(\d*)(?:\.(\d*))?$/

/**
 * An exact decimal: coefficient × 10^-scale. Immutable; arithmetic never touches binary floating point,
 * so 0.1 + 0.2 is 0.3 and 5000 compares equal to 5000.00.
 */
export class Decimal {
  static readonly zero = new Decimal(0n, 0)

  private constructor(
    readonly coefficient: bigint,
    readonly scale: number,
  ) {}

  static parse(input: string | number | bigint): Decimal {
    if (typeof input === 'bigint') return Decimal.checked(input, 0)
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw new DecimalError(`not a finite number: ${input}`)
      return Decimal.parseText(numberText(input))
    }
    return Decimal.parseText(input)
  }

  static tryParse(input: unknown): Decimal | undefined {
    if (typeof input !== 'string' && typeof input !== 'number' && typeof input !== 'bigint') return undefined
    try {
      return Decimal.parse(input)
    } catch {
      return undefined
    }
  }

  private static parseText(text: string): Decimal {
    const match = textPattern.exec(text.trim())
    const [, sign, whole = '', fraction = ''] = match ?? []
    if (!match || (whole === '' && fraction === '')) throw new DecimalError(`not a decimal number: "${text}"`)
    const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '')
    const coefficient = BigInt(digits)
    return Decimal.checked(sign === '-' ? -coefficient : coefficient, fraction.length)
  }

  // Trailing zeros are dropped so that equal values have one representation.
  private static checked(coefficient: bigint, scale: number): Decimal {
    let c = coefficient
    let s = scale
    while (s > 0 && c % 10n === 0n) {
      c /= 10n
      s--
    }
    if ((c < 0n ? -c : c).toString().length > maxDigits || s > maxDigits) {
      throw new DecimalError(`more than ${maxDigits} digits`)
    }
    return new Decimal(c, s)
  }

  add(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale)
    return Decimal.checked(this.scaledTo(scale) + other.scaledTo(scale), scale)
  }

  sub(other: Decimal): Decimal {
    return this.add(other.neg())
  }

  mul(other: Decimal): Decimal {
    return Decimal.checked(this.coefficient * other.coefficient, this.scale + other.scale)
  }

  div(other: Decimal, places = 12, mode: RoundingMode = 'halfUp'): Decimal {
    if (other.coefficient === 0n) throw new DecimalError('division by zero')
    // (a / 10^sa) / (b / 10^sb) at `places` decimals = a·10^(places+sb-sa) / b, rounded on the exact remainder.
    const shift = places + other.scale - this.scale
    let numerator = this.coefficient
    let denominator = other.coefficient
    if (shift >= 0) numerator *= 10n ** BigInt(shift)
    else denominator *= 10n ** BigInt(-shift)
    const negative = numerator < 0n !== denominator < 0n
    const n = numerator < 0n ? -numerator : numerator
    const m = denominator < 0n ? -denominator : denominator
    let quotient = n / m
    const remainder = n % m
    if (remainder !== 0n && roundsAway(mode, remainder * 2n, m, quotient)) quotient += 1n
    return Decimal.checked(negative ? -quotient : quotient, places)
  }

  neg(): Decimal {
    return new Decimal(-this.coefficient, this.scale)
  }

  abs(): Decimal {
    return this.coefficient < 0n ? this.neg() : this
  }

  compare(other: Decimal): -1 | 0 | 1 {
    const scale = Math.max(this.scale, other.scale)
    const a = this.scaledTo(scale)
    const b = other.scaledTo(scale)
    return a < b ? -1 : a > b ? 1 : 0
  }

  eq(other: Decimal): boolean {
    return this.compare(other) === 0
  }
  gt(other: Decimal): boolean {
    return this.compare(other) > 0
  }
  gte(other: Decimal): boolean {
    return this.compare(other) >= 0
  }
  lt(other: Decimal): boolean {
    return this.compare(other) < 0
  }
  lte(other: Decimal): boolean {
    return this.compare(other) <= 0
  }

  isZero(): boolean {
    return this.coefficient === 0n
  }
  isNegative(): boolean {
    return this.coefficient < 0n
  }
  isInteger(): boolean {
    return this.scale === 0
  }

  /** Number of digits after the decimal point once trailing zeros are dropped. */
  get decimalPlaces(): number {
    return this.scale
  }

  round(places: number, mode: RoundingMode = 'halfUp'): Decimal {
    if (!Number.isInteger(places) || places < 0) throw new DecimalError(`bad number of places: ${places}`)
    if (this.scale <= places) return this
    const divisor = 10n ** BigInt(this.scale - places)
    const negative = this.coefficient < 0n
    const magnitude = negative ? -this.coefficient : this.coefficient
    let quotient = magnitude / divisor
    const remainder = magnitude % divisor
    if (remainder !== 0n && roundsAway(mode, remainder * 2n, divisor, quotient)) quotient += 1n
    return Decimal.checked(negative ? -quotient : quotient, places)
  }

  toFixed(places: number, mode: RoundingMode = 'halfUp'): string {
    const scaled = this.round(places, mode).scaledTo(places)
    const negative = scaled < 0n
    const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0')
    const cut = digits.length - places
    const text = places > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits
    return negative ? `-${text}` : text
  }

  toString(): string {
    return this.toFixed(this.scale)
  }

  toJSON(): string {
    return this.toString()
  }

  toNumber(): number {
    return Number(this.toString())
  }

  private scaledTo(scale: number): bigint {
    return this.coefficient * 10n ** BigInt(scale - this.scale)
  }
}

function roundsAway(mode: RoundingMode, twiceRemainder: bigint, divisor: bigint, quotient: bigint): boolean {
  switch (mode) {
    case 'down':
      return false
    case 'up':
      return true
    case 'halfUp':
      return twiceRemainder >= divisor
    case 'halfEven':
      return twiceRemainder > divisor || (twiceRemainder === divisor && quotient % 2n === 1n)
  }
}

// A JS number's shortest round-trip text, without exponent: 0.1 stays 0.1, 1e21 becomes 21 digits.
function numberText(value: number): string {
  const text = String(value)
  const exponent = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!exponent) return text
  const [, sign = '', whole = '', fraction = '', power = '0'] = exponent
  const digits = whole + fraction
  const point = whole.length + Number(power)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}
