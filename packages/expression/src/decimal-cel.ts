import type { Environment } from '@marcbachmann/cel-js'
import { Decimal } from '@signoff/decimal'
import { ExpressionError } from './errors.ts'

type Operand = Decimal | bigint | number

// A double literal arrives as a JS number; Decimal.parse takes its shortest text, so 5000.01 is exactly 5000.01.
function exact(value: Operand): Decimal {
  return value instanceof Decimal ? value : Decimal.parse(value)
}

const arithmetic = {
  '+': (a: Decimal, b: Decimal) => a.add(b),
  '-': (a: Decimal, b: Decimal) => a.sub(b),
  '*': (a: Decimal, b: Decimal) => a.mul(b),
  '/': (a: Decimal, b: Decimal) => a.div(b),
}

const comparisons = {
  '<': (a: Decimal, b: Decimal) => a.lt(b),
  '<=': (a: Decimal, b: Decimal) => a.lte(b),
  '>': (a: Decimal, b: Decimal) => a.gt(b),
  '>=': (a: Decimal, b: Decimal) => a.gte(b),
}

const pairs = [
  ['decimal', 'decimal'],
  ['decimal', 'int'],
  ['int', 'decimal'],
  ['decimal', 'double'],
  ['double', 'decimal'],
] as const

/** Registers `decimal` (exact, from @signoff/decimal) with its operators and functions. */
export function registerDecimal(env: Environment): void {
  // No fields: nothing of the JS object (constructor, coefficient, methods) is reachable from CEL.
  env.registerType('decimal', { ctor: Decimal, fields: {} })
  for (const [left, right] of pairs) {
    for (const [op, apply] of Object.entries(arithmetic)) {
      env.registerOperator(`${left} ${op} ${right}: decimal`, (a: Operand, b: Operand) =>
        apply(exact(a), exact(b)),
      )
    }
    for (const [op, apply] of Object.entries(comparisons)) {
      env.registerOperator(`${left} ${op} ${right}`, (a: Operand, b: Operand) => apply(exact(a), exact(b)))
    }
    // cel-js adds the mirrored == and both != overloads itself.
    if (left === 'decimal') {
      env.registerOperator(`${left} == ${right}`, (a: Operand, b: Operand) => exact(a).eq(exact(b)))
    }
  }
  env.registerOperator('-decimal', (a: Decimal) => a.neg())
  env.registerFunction('decimal(string): decimal', (text: string) => {
    const value = Decimal.tryParse(text)
    if (!value) throw new ExpressionError('eval', `"${text.slice(0, 50)}" is not a decimal number`)
    return value
  })
  env.registerFunction('decimal(int): decimal', (value: bigint) => Decimal.parse(value))
  env.registerFunction('decimal(double): decimal', (value: number) => Decimal.parse(value))
  env.registerFunction('string(decimal): string', (value: Decimal) => value.toString())
  env.registerFunction('sum(list<decimal>): decimal', (items: Decimal[]) =>
    items.reduce((total, item) => total.add(item), Decimal.zero),
  )
  env.registerFunction('round(decimal, int): decimal', (value: Decimal, places: bigint) => {
    if (places < 0n || places > 12n) throw new ExpressionError('eval', 'round() takes 0 to 12 places')
    return value.round(Number(places))
  })
  env.registerFunction('abs(decimal): decimal', (value: Decimal) => value.abs())
}
